import type { Result } from 'shared-auth';

/**
 * shared-auth's actions answer Results and do not throw; should one throw anyway (a bug, a remote that failed
 * to load), the screen still leaves its busy state and shows a message instead of hanging.
 */
export async function settle<T>(action: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, error: { status: 0, items: [] } };
  }
}
