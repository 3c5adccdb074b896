import { createSignal, onCleanup } from 'solid-js';

export interface Countdown {
  /** Whole seconds left; 0 when not running. */
  remaining: () => number;
  start: (seconds: number) => void;
  stop: () => void;
}

/**
 * Counts whole seconds down to 0 (a Retry-After, a resend delay), calling `onOver` when it runs out (not when
 * stopped). The timer is released with the owner.
 */
export function createCountdown(onOver?: () => void): Countdown {
  const [remaining, setRemaining] = createSignal(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    setRemaining(0);
  };
  const start = (seconds: number) => {
    stop();
    const whole = Math.ceil(seconds);
    if (!(whole > 0)) return;
    const endsAt = Date.now() + whole * 1000;
    setRemaining(whole);
    timer = setInterval(() => {
      const left = Math.ceil((endsAt - Date.now()) / 1000);
      if (left > 0) return setRemaining(left);
      stop();
      onOver?.();
    }, 250);
  };
  onCleanup(stop);
  return { remaining, start, stop };
}
