import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import type { Failure, Result } from 'portal-contract';
import { createSubmission, type Submission } from './submission';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const refused = (code: string, status = 400, details?: Record<string, unknown>): Failure => ({
  status,
  items: [{ origin: 'client_error', code, message: 'server text', ...(details ? { details } : {}) }],
});
const failed = (failure: Failure): Result<never> => ({ ok: false, error: failure });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A submission in its own root, disposed after the test. */
function inRoot<A extends unknown[], T>(action: (...input: A) => Promise<Result<T>>) {
  let dispose!: () => void;
  const submission = createRoot((d) => ((dispose = d), createSubmission(action)));
  disposers.push(dispose);
  return submission;
}
const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));

describe('createSubmission', () => {
  it('is pending while the action runs, then holds its result', async () => {
    const answer = deferred<Result<string>>();
    const action = vi.fn((_name: string) => answer.promise);
    const submission = inRoot(action);
    expect(submission.pending()).toBe(false);
    const done = submission.submit('ada');
    expect(submission.pending()).toBe(true);
    expect(submission.blocked()).toBe(true);
    answer.resolve({ ok: true, value: 'saved' });
    expect(await done).toEqual({ ok: true, value: 'saved' });
    expect(submission.pending()).toBe(false);
    expect(submission.result()).toBe('saved');
    expect(submission.error()).toBeUndefined();
    expect(action).toHaveBeenCalledWith('ada');
    expect(submission.input()).toEqual(['ada']);
  });

  it('ignores a second submit while the first is in flight', async () => {
    const answer = deferred<Result<null>>();
    const action = vi.fn(() => answer.promise);
    const submission = inRoot(action);
    const first = submission.submit();
    expect(await submission.submit()).toBeUndefined();
    answer.resolve({ ok: true, value: null });
    await first;
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('keeps a refusal as its error, cleared by the next submit and by clear()', async () => {
    const action = vi.fn<() => Promise<Result<null>>>().mockResolvedValueOnce(failed(refused('invalid_credentials', 401)));
    const submission = inRoot(action);
    await submission.submit();
    expect(submission.error()?.items[0]?.code).toBe('invalid_credentials');
    submission.clear();
    expect(submission.error()).toBeUndefined();

    action.mockResolvedValueOnce(failed(refused('invalid_credentials', 401)));
    await submission.submit();
    const answer = deferred<Result<null>>();
    action.mockReturnValueOnce(answer.promise);
    const again = submission.submit();
    expect(submission.error()).toBeUndefined();
    answer.resolve({ ok: true, value: null });
    await again;
  });

  it('turns an action that throws into a network failure instead of hanging', async () => {
    const submission = inRoot(() => Promise.reject(new Error('remote failed to load')));
    const answer = await submission.submit();
    expect(answer).toEqual({ ok: false, error: { status: 0, items: [] } });
    expect(submission.pending()).toBe(false);
    expect(submission.error()).toEqual({ status: 0, items: [] });
  });

  it('counts a 429 down from its Retry-After instead of showing an error, ignoring submits until zero', async () => {
    const action = vi
      .fn<(email: string) => Promise<Result<null>>>()
      .mockResolvedValueOnce(failed({ ...refused('too_many_requests', 429), retryAfter: 3 }));
    const submission: Submission<[string], null> = inRoot(action);
    await submission.submit('ada@example.test');
    expect(submission.error()).toBeUndefined();
    expect(submission.wait.remaining()).toBe(3);
    expect(submission.blocked()).toBe(true);
    expect(await submission.submit('ada@example.test')).toBeUndefined();
    expect(action).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(1000);
    expect(submission.wait.remaining()).toBe(2);
    vi.advanceTimersByTime(2000);
    expect(submission.wait.remaining()).toBe(0);
    expect(submission.wait.phase()).toBe('over');
    expect(submission.blocked()).toBe(false);
    action.mockResolvedValueOnce({ ok: true, value: null });
    expect(await submission.submit('ada@example.test')).toEqual({ ok: true, value: null });
  });

  it('reads the delay from the error details when the answer had no Retry-After header', async () => {
    const submission = inRoot(() => Promise.resolve(failed(refused('too_many_requests', 429, { retryAfterSeconds: 2 }))));
    await submission.submit();
    expect(submission.wait.remaining()).toBe(2);
  });

  it('shows a 429 without a delay as an error (nothing to count down)', async () => {
    const submission = inRoot(() => Promise.resolve(failed(refused('too_many_requests', 429))));
    await submission.submit();
    expect(submission.wait.blocked()).toBe(false);
    expect(submission.error()?.status).toBe(429);
  });

  it('retries with the last input', async () => {
    const action = vi
      .fn<(a: string, b: number) => Promise<Result<number>>>()
      .mockResolvedValueOnce(failed(refused('network_error', 0)))
      .mockResolvedValueOnce({ ok: true, value: 7 });
    const submission = inRoot(action);
    await submission.submit('x', 7);
    expect(submission.error()).toBeDefined();
    await submission.retry();
    expect(action).toHaveBeenLastCalledWith('x', 7);
    expect(submission.result()).toBe(7);
    expect(submission.error()).toBeUndefined();
  });

  it('has nothing to retry before a first submit', async () => {
    const action = vi.fn(() => Promise.resolve<Result<null>>({ ok: true, value: null }));
    expect(await inRoot(action).retry()).toBeUndefined();
    expect(action).not.toHaveBeenCalled();
  });

  it('stops its countdown with its owner', async () => {
    const submission = inRoot(() => Promise.resolve(failed({ ...refused('too_many_requests', 429), retryAfter: 5 })));
    await submission.submit();
    disposers.splice(0).forEach((dispose) => dispose());
    expect(vi.getTimerCount()).toBe(0);
  });
});
