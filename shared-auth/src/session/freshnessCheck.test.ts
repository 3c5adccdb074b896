import { describe, expect, test, vi } from 'vitest';
import { fakeClock } from '../testing/twoTabs';
import { createFreshnessCheck } from './freshnessCheck';

function setup(options: { held?: boolean } = {}) {
  const clock = fakeClock();
  let visibility: DocumentVisibilityState = 'visible';
  const doc = Object.defineProperty(new EventTarget(), 'visibilityState', { get: () => visibility }) as EventTarget & {
    visibilityState: DocumentVisibilityState;
  };
  const win = new EventTarget();
  const check = vi.fn(async () => undefined);
  let held = options.held ?? true;
  const freshness = createFreshnessCheck({
    check,
    shouldCheck: () => held,
    now: clock.now,
    document: doc,
    window: win,
    minIntervalMs: 60_000,
  });
  return {
    clock,
    check,
    freshness,
    becomeVisible: async () => {
      visibility = 'visible';
      doc.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    },
    becomeHidden: () => {
      visibility = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    comeOnline: () => win.dispatchEvent(new Event('online')),
    setHeld: (value: boolean) => (held = value),
  };
}

describe('freshness check', () => {
  test('checks on start, then at most once a minute on visibility and online', async () => {
    const t = setup();
    t.freshness.start();
    expect(t.check).toHaveBeenCalledTimes(1);
    await t.freshness.trigger();
    t.clock.advance(30_000);
    await t.becomeVisible();
    t.comeOnline();
    expect(t.check).toHaveBeenCalledTimes(1);
    t.clock.advance(30_000);
    await t.becomeVisible();
    expect(t.check).toHaveBeenCalledTimes(2);
    await t.freshness.trigger();
    t.clock.advance(60_000);
    t.comeOnline();
    expect(t.check).toHaveBeenCalledTimes(3);
  });

  test('becoming hidden does not check', async () => {
    const t = setup();
    t.freshness.start();
    await t.freshness.trigger();
    t.clock.advance(120_000);
    t.becomeHidden();
    expect(t.check).toHaveBeenCalledTimes(1);
  });

  test('does not check without a session, and checks as soon as one is held', async () => {
    const t = setup({ held: false });
    t.freshness.start();
    expect(t.check).not.toHaveBeenCalled();
    t.setHeld(true);
    await t.becomeVisible();
    expect(t.check).toHaveBeenCalledTimes(1);
  });

  test('a check in flight is shared, not repeated', async () => {
    const t = setup();
    let finish!: () => void;
    t.check.mockImplementationOnce(() => new Promise<undefined>((resolve) => (finish = () => resolve(undefined))));
    t.freshness.start();
    t.clock.advance(120_000);
    const again = t.freshness.trigger();
    expect(t.check).toHaveBeenCalledTimes(1);
    finish();
    await again;
  });

  test('a failing check is swallowed', async () => {
    const t = setup();
    t.check.mockRejectedValueOnce(new Error('offline'));
    t.freshness.start();
    await expect(t.freshness.trigger()).resolves.toBeUndefined();
  });

  test('after dispose, events no longer check', async () => {
    const t = setup();
    t.freshness.start();
    await t.freshness.trigger();
    t.freshness.dispose();
    t.clock.advance(120_000);
    await t.becomeVisible();
    t.comeOnline();
    expect(t.check).toHaveBeenCalledTimes(1);
  });
});
