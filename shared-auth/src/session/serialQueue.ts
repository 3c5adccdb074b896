/**
 * Runs tasks one after another in this tab (docs/pitfalls.md #20: sign-in, sign-out and grant never interleave).
 * In-process only: no cross-tab lock that could hang. A failed task does not block the next.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
