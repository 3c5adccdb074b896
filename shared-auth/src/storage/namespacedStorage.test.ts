import { expect, test, vi } from 'vitest';
import { MemoryStorage } from '../testing/twoTabs';
import { createNamespacedStorage } from './namespacedStorage';

test('reads and writes under the shared-auth: prefix only', () => {
  const backing = new MemoryStorage();
  backing.setItem('session', 'someone else’s');
  const storage = createNamespacedStorage(backing);
  storage.setItem('session', 'ours');
  expect(backing.getItem('shared-auth:session')).toBe('ours');
  expect(backing.getItem('session')).toBe('someone else’s');
  expect(storage.getItem('session')).toBe('ours');
  storage.removeItem('session');
  expect(backing.getItem('shared-auth:session')).toBeNull();
  expect(storage.keyFor('bus')).toBe('shared-auth:bus');
  expect(storage.persistent).toBe(true);
});

test('a storage that throws from the start (private mode) gives a working memory storage flagged not persistent', () => {
  const backing = new MemoryStorage();
  backing.failing = true;
  const storage = createNamespacedStorage(backing);
  expect(storage.persistent).toBe(false);
  storage.setItem('user', '1');
  expect(storage.getItem('user')).toBe('1');
  storage.removeItem('user');
  expect(storage.getItem('user')).toBeNull();
});

test('no storage at all also works from memory', () => {
  const storage = createNamespacedStorage(null);
  expect(storage.persistent).toBe(false);
  storage.setItem('user', '1');
  expect(storage.getItem('user')).toBe('1');
});

test('a storage that starts failing later (quota) keeps what was there, switches to memory and tells its listeners once', () => {
  const backing = new MemoryStorage();
  const storage = createNamespacedStorage(backing);
  storage.setItem('session', 's');
  const degraded = vi.fn();
  storage.onDegrade(degraded);
  const setItem = backing.setItem.bind(backing);
  backing.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  storage.setItem('user', 'u');
  backing.setItem = setItem;
  expect(storage.persistent).toBe(false);
  expect(storage.getItem('session')).toBe('s');
  expect(storage.getItem('user')).toBe('u');
  storage.setItem('other', 'o');
  expect(backing.getItem('shared-auth:other')).toBeNull();
  expect(degraded).toHaveBeenCalledOnce();
});
