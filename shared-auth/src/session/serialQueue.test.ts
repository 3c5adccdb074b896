import { expect, test } from 'vitest';
import { createSerialQueue } from './serialQueue';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

test('a task starts only after the previous one settled, in call order', async () => {
  const queue = createSerialQueue();
  const log: string[] = [];
  const first = deferred<string>();
  const one = queue.run(async () => {
    log.push('one starts');
    return first.promise;
  });
  const two = queue.run(async () => {
    log.push('two starts');
    return 'two';
  });
  await Promise.resolve();
  await Promise.resolve();
  expect(log).toEqual(['one starts']);
  first.resolve('one');
  expect(await one).toBe('one');
  expect(await two).toBe('two');
  expect(log).toEqual(['one starts', 'two starts']);
});

test('a failed task rejects its own caller and does not block the next', async () => {
  const queue = createSerialQueue();
  const failing = queue.run(async () => {
    throw new Error('boom');
  });
  const next = queue.run(async () => 'next');
  await expect(failing).rejects.toThrow('boom');
  expect(await next).toBe('next');
});
