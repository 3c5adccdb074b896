/**
 * shared-auth's test double, signed out (the auth screens are for visitors):
 *   vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));
 */
import type { AuthState } from 'portal-contract';
import { createFakeSharedAuth } from 'portal-contract/testing';

export const fakeAuth = createFakeSharedAuth({ user: null });
export const resetFakeAuth = (): void => fakeAuth.reset();
export function setAuthState(next: Partial<AuthState>): void;
export function setAuthState<K extends keyof AuthState>(key: K, value: AuthState[K]): void;
export function setAuthState(keyOrNext: keyof AuthState | Partial<AuthState>, value?: unknown): void {
  fakeAuth.setState((typeof keyOrNext === 'string' ? { [keyOrNext]: value } : keyOrNext) as Partial<AuthState>);
}
export { deferred, failed, ok, user } from 'portal-contract/testing';
