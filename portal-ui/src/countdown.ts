import { createSignal, onCleanup } from 'solid-js';

export interface Countdown {
  /** Whole seconds left; 0 when not running. */
  remaining: () => number;
  start: (seconds: number) => void;
  stop: () => void;
}

/** Counts whole seconds down to 0 (a Retry-After, a resend delay). The timer is released with the owner. */
export function createCountdown(): Countdown {
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
      if (left <= 0) stop();
      else setRemaining(left);
    }, 250);
  };
  onCleanup(stop);
  return { remaining, start, stop };
}
