import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@solidjs/testing-library';
import { CONTRACT_VERSION } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import type { FakeSharedAuth } from './testing/fakeSharedAuth';
import * as lifecycles from './lifecycles';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('./testing/fakeSharedAuth')).createFakeSharedAuth() }));
const auth = sharedAuth as unknown as FakeSharedAuth;

/** Listeners added minus listeners removed on a target, counted while the test runs. */
function countListeners(target: EventTarget) {
  let live = 0;
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  vi.spyOn(target, 'addEventListener').mockImplementation((...args: Parameters<EventTarget['addEventListener']>) => {
    live++;
    add(...args);
  });
  vi.spyOn(target, 'removeEventListener').mockImplementation((...args: Parameters<EventTarget['removeEventListener']>) => {
    live--;
    remove(...args);
  });
  return () => live;
}

afterEach(() => vi.restoreAllMocks());

describe('lifecycles', () => {
  it('export the contract version the portal checks', () => {
    expect(lifecycles.contractVersion).toBe(CONTRACT_VERSION);
  });

  it('mount and unmount five times leave no listener, no DOM and no running reload behind', { timeout: 20_000 }, async () => {
    auth.reset();
    const onDocument = countListeners(document);
    const onWindow = countListeners(window);
    const domElement = document.createElement('div');
    document.body.appendChild(domElement);
    const props = { name: 'profile-mfe', domElement, navigate: vi.fn() };

    await lifecycles.bootstrap(props);
    for (let i = 0; i < 5; i++) {
      await lifecycles.mount(props);
      await waitFor(() => expect(domElement.querySelector('h1')?.textContent).toBe('Profile'));
      expect(domElement.querySelectorAll('style')).toHaveLength(1);
      await lifecycles.unmount(props);
      expect(domElement.innerHTML).toBe('');
    }
    expect(onDocument()).toBe(0);
    expect(onWindow()).toBe(0);

    const loads = auth.listSessions.mock.calls.length;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(auth.listSessions.mock.calls.length).toBe(loads);
    domElement.remove();
  });
});
