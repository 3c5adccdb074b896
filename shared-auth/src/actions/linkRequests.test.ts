import { describe, expect, test } from 'vitest';
import { createNamespacedStorage } from '../storage/namespacedStorage';
import { createLinkRequests, LINK_REQUEST_MAX_AGE_MS } from './linkRequests';
import { MemoryStorage } from '../testing/twoTabs';

describe('link requests', () => {
  test('an address asked for is expected (case and spaces aside) until used or a day old', () => {
    let now = 1_000_000;
    const backing = new MemoryStorage();
    const links = createLinkRequests(createNamespacedStorage(backing), () => now);
    expect(links.expected('ada@example.test')).toBe(false);
    links.remember(' Ada@Example.test ');
    expect(links.expected('ada@example.test')).toBe(true);
    // Another tab of the same browser sees it (the mail's link opens in a new tab).
    expect(createLinkRequests(createNamespacedStorage(backing), () => now).expected('ada@example.test')).toBe(true);
    links.forget('ADA@example.test');
    expect(links.expected('ada@example.test')).toBe(false);
    links.remember('ada@example.test');
    now += LINK_REQUEST_MAX_AGE_MS;
    expect(links.expected('ada@example.test')).toBe(false);
  });

  test('a corrupt entry reads as nothing asked', () => {
    const backing = new MemoryStorage();
    backing.setItem('shared-auth:user-data:link-requests', '{not json');
    expect(createLinkRequests(createNamespacedStorage(backing)).expected('ada@example.test')).toBe(false);
  });
});
