import { createEffect, createRoot } from 'solid-js';
import { expect, test } from 'vitest';
import { SESSION_STORAGE_KEYS, type Session, type User } from 'portal-contract';
import { createNamespacedStorage } from '../storage/namespacedStorage';
import { MemoryStorage } from '../testing/twoTabs';
import { createAuthState, readStoredSession, sameValue } from './authState';

const user: User = {
  _id: 'u1',
  provider: 'altogic',
  providerUserId: 'u1',
  email: 'a@x.test',
  name: 'Ada',
  signUpAt: 't',
  lastLoginAt: 't',
};
const session: Session = {
  userId: 'u1',
  token: 'tok-1',
  creationDtm: 't',
  accessGroupKeys: [],
  userAgent: {
    family: 'Other',
    major: '0',
    minor: '0',
    patch: '0',
    device: { family: 'Other', major: '0', minor: '0', patch: '0' },
    os: { family: 'Other', major: '0', minor: '0', patch: '0' },
  },
};

function storageWith(values: Record<string, string>) {
  const backing = new MemoryStorage();
  for (const [key, value] of Object.entries(values)) backing.setItem(`shared-auth:${key}`, value);
  return createNamespacedStorage(backing);
}

test('starts signed in from the session and user the client stored under the namespace', () => {
  const { state } = createAuthState(storageWith({ session: JSON.stringify(session), user: JSON.stringify(user) }));
  expect(state.user).toEqual(user);
  expect(state.session).toEqual(session);
  expect(state.endedReason).toBeNull();
  expect(state.persistent).toBe(true);
});

test("starts signed in from the contract's SESSION_STORAGE_KEYS, as a testing kit writes them into localStorage", () => {
  const backing = new MemoryStorage();
  backing.setItem(SESSION_STORAGE_KEYS.session, JSON.stringify(session));
  backing.setItem(SESSION_STORAGE_KEYS.user, JSON.stringify(user));
  const { state } = createAuthState(createNamespacedStorage(backing));
  expect(state.session?.token).toBe('tok-1');
  expect(state.user?.email).toBe('a@x.test');
});

test.each([
  ['nothing stored', {}],
  ['a session without a user', { session: JSON.stringify(session) }],
  ['a user without a session', { user: JSON.stringify(user) }],
  ['a corrupt session', { session: '{"tok', user: JSON.stringify(user) }],
  ['a session without token', { session: JSON.stringify({ ...session, token: '' }), user: JSON.stringify(user) }],
])('starts signed out with %s', (_name, values) => {
  const { state } = createAuthState(storageWith(values));
  expect(state.user).toBeNull();
  expect(state.session).toBeNull();
  expect(readStoredSession(storageWith(values))).toBeNull();
});

test('sign-in, user change and sign-out transitions, observed reactively', () => {
  const control = createAuthState(storageWith({}));
  const seen: Array<string | null> = [];
  const names: Array<string | undefined> = [];
  const dispose = createRoot((dispose) => {
    createEffect(() => seen.push(control.state.user ? control.state.user.email : null));
    createEffect(() => names.push(control.state.user?.name));
    return dispose;
  });
  control.signedOut('expired');
  expect(control.state.endedReason).toBe('expired');
  control.signedIn(user, session);
  expect(control.state.endedReason).toBeNull();
  expect(control.state.session?.token).toBe('tok-1');
  control.userChanged({ ...user, name: 'Ada L.' });
  expect(control.state.user?.name).toBe('Ada L.');
  control.signedOut('revoked');
  expect(control.state).toMatchObject({ user: null, session: null, endedReason: 'revoked' });
  dispose();
  expect(seen).toEqual([null, 'a@x.test', 'a@x.test', null]);
  expect(names).toEqual([undefined, 'Ada', 'Ada L.', undefined]);
});

test('the same user or session again (another answer, another tab, other key order) notifies nobody', () => {
  const control = createAuthState(storageWith({}));
  control.signedIn(user, session);
  let runs = 0;
  const dispose = createRoot((dispose) => {
    createEffect(() => (control.state.user, control.state.session, runs++));
    return dispose;
  });
  const reordered = Object.fromEntries(Object.entries(user).reverse()) as unknown as User;
  control.userChanged(reordered);
  control.signedIn({ ...user }, { ...session });
  expect(runs).toBe(1);
  control.userChanged({ ...user, name: 'Ada L.' });
  expect(runs).toBe(2);
  dispose();
});

test('a storage failure marks the state not persistent', () => {
  const control = createAuthState(storageWith({}));
  control.storageDegraded();
  expect(control.state.persistent).toBe(false);
});

test('sameValue ignores key order and undefined fields', () => {
  expect(sameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1, d: undefined })).toBe(true);
  expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  expect(sameValue({ a: [1] }, { a: [1, 2] })).toBe(false);
  expect(sameValue(null, {})).toBe(false);
});
