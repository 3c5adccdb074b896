import { batch, createSignal, type Accessor } from 'solid-js';
import type { Failure, Result } from 'portal-contract';
import { createRetryWait, type RetryWait } from './RetryWait';

/**
 * One form's (or one button's) submission, in the spirit of solid-router's `action` + `useSubmission`:
 * `pending`, `result`, `error`, `clear`, `retry`, plus the 429 wait every form shares. A submit while one is in
 * flight or while a Retry-After is counted down is ignored, so the input stays as typed and nothing is sent twice.
 * Screens render `error()` with SubmissionAlert and the wait with RetryNotice.
 */
export interface Submission<A extends unknown[], T> {
  readonly pending: Accessor<boolean>;
  /** What the last submit was given (which of several buttons, say), until `clear()`. */
  readonly input: Accessor<A | undefined>;
  /** The last success's value, until `clear()` or the next submit. */
  readonly result: Accessor<T | undefined>;
  /** The last failure, unless it was a 429 being counted down (that one is `wait`'s). */
  readonly error: Accessor<Failure | undefined>;
  readonly wait: RetryWait;
  /** True while a submit would be ignored: one in flight, or a Retry-After not over yet. */
  readonly blocked: Accessor<boolean>;
  /** Runs the action; undefined when ignored (blocked). */
  submit(...input: A): Promise<Result<T> | undefined>;
  /** Runs the action again with the last submit's input (none after `clear()`). */
  retry(): Promise<Result<T> | undefined>;
  /** Forgets the last result and error. */
  clear(): void;
}

const UNREACHABLE: Failure = { status: 0, items: [] };

/**
 * shared-auth's actions answer Results and do not throw; should one throw anyway (a bug, a remote that failed to
 * load), the screen still leaves its busy state and shows a message instead of hanging.
 */
export async function settle<T>(action: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
}

/** Call in a component: the countdown is released with it. */
export function createSubmission<A extends unknown[], T>(action: (...input: A) => Promise<Result<T>>): Submission<A, T> {
  const [pending, setPending] = createSignal(false);
  const [result, setResult] = createSignal<T>();
  const [error, setError] = createSignal<Failure>();
  const [input, setInput] = createSignal<A>();
  const wait = createRetryWait();
  const blocked = () => pending() || wait.blocked();
  const clear = () =>
    batch(() => {
      setInput(undefined);
      setResult(undefined);
      setError(undefined);
    });

  async function submit(...given: A): Promise<Result<T> | undefined> {
    if (blocked()) return undefined;
    batch(() => {
      clear();
      setInput(() => given);
      setPending(true);
    });
    const answer = await settle(() => action(...given));
    batch(() => {
      setPending(false);
      if (answer.ok) setResult(() => answer.value);
      else if (!wait.startFrom(answer.error)) setError(answer.error);
    });
    return answer;
  }

  return {
    pending,
    input,
    result,
    error,
    wait,
    blocked,
    submit,
    retry: () => {
      const last = input();
      return last ? submit(...last) : Promise.resolve(undefined);
    },
    clear,
  };
}
