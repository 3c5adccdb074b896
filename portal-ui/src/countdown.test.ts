import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { createCountdown } from './countdown';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createCountdown', () => {
  it('counts whole seconds down to zero', () => {
    createRoot((dispose) => {
      const countdown = createCountdown();
      countdown.start(3);
      expect(countdown.remaining()).toBe(3);
      vi.advanceTimersByTime(1000);
      expect(countdown.remaining()).toBe(2);
      vi.advanceTimersByTime(2000);
      expect(countdown.remaining()).toBe(0);
      dispose();
    });
  });

  it('stops its timer when its owner is disposed', () => {
    createRoot((dispose) => {
      createCountdown().start(10);
      dispose();
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});
