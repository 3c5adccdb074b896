// State transitions and failure handling of the assembled shared-auth, against a stand-in client for what the real
// server cannot be made to do on cue (hang, drop the connection, answer out of order). Real-server tests are in
// actions/*.test.ts and session/tabSync.test.ts.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSharedAuth, type SharedAuthInstance, type SharedAuthOptions } from './createSharedAuth';
import { USER_DATA_STORAGE_PREFIX, type AuthEventType } from 'portal-contract';
import { MemoryStorage } from './testing/twoTabs';
import { apiError, fakeFactory, fakeSession, fakeUser, type FakeAltogic } from './testing/fakeClient';
import { replacedFileName } from './actions/uploadAvatar';

const CONFIG = { envUrl: 'http://api.test', clientKey: 'client-key-1' };
const instances: SharedAuthInstance[] = [];
afterEach(() => instances.splice(0).forEach((auth) => auth.dispose()));

function setup(options: Omit<SharedAuthOptions, 'clientFactory'> & { configure?: boolean } = {}) {
  const { factory, created } = fakeFactory();
  const storage = (options.storage as MemoryStorage | undefined) ?? new MemoryStorage();
  const auth = createSharedAuth({
    broadcast: { channel: null, storageEvents: null },
    freshness: { document: null, window: null },
    ...options,
    storage,
    clientFactory: factory,
  });
  instances.push(auth);
  const events: Array<[AuthEventType, unknown]> = [];
  for (const type of ['signed-in', 'signed-out', 'user-updated', 'session-invalid'] as const)
    auth.bus.on(type, (p) => events.push([type, p]));
  if (options.configure !== false) auth.configure(CONFIG);
  const fake = () => created.at(-1) as FakeAltogic;
  return { auth, storage, events, created, fake };
}

function signedInStorage(token = 'token-1') {
  const storage = new MemoryStorage();
  storage.setItem('shared-auth:session', JSON.stringify(fakeSession(token)));
  storage.setItem('shared-auth:user', JSON.stringify(fakeUser()));
  return storage;
}

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
};

describe('configure', () => {
  test('creates one client per config, without signInRedirect, on the namespaced storage', () => {
    const { auth, created, storage } = setup();
    auth.configure({ ...CONFIG });
    expect(created).toHaveLength(1);
    expect(created[0]!.options).toMatchObject({ signInRedirect: undefined });
    created[0]!.storage.setItem('session', '{"token":"t"}');
    expect(storage.getItem('shared-auth:session')).toBe('{"token":"t"}');
    auth.configure({ ...CONFIG, clientKey: 'other-key' });
    expect(created).toHaveLength(2);
  });

  test('a corrupt stored session reads as none instead of breaking the client', () => {
    const storage = new MemoryStorage();
    storage.setItem('shared-auth:session', '{"tok');
    const { auth, created, fake } = setup({ storage });
    expect(created).toHaveLength(1);
    expect(fake().header).toBeNull();
    expect(auth.state.session).toBeNull();
  });

  test('restores the stored session, and the client sends it', () => {
    const { auth, fake } = setup({ storage: signedInStorage() });
    expect(auth.state.session?.token).toBe('token-1');
    expect(auth.state.user?.name).toBe('Ada');
    expect(fake().header).toBe('token-1');
  });

  test('checks a restored session with the server at once; a user changed elsewhere is taken and announced', async () => {
    const { factory, created } = fakeFactory((fake) => {
      fake.handlers['auth.getUserFromDB'] = () => ({ user: fakeUser({ name: 'Ada Lovelace' }), errors: null });
    });
    const auth = createSharedAuth({
      storage: signedInStorage(),
      clientFactory: factory,
      broadcast: { channel: null, storageEvents: null },
      freshness: { document: null, window: null },
    });
    instances.push(auth);
    const updated = new Promise((resolve) => auth.bus.on('user-updated', resolve));
    auth.configure(CONFIG);
    expect(await updated).toEqual({ user: fakeUser({ name: 'Ada Lovelace' }) });
    expect(auth.state.user?.name).toBe('Ada Lovelace');
    expect(created[0]!.calls.map((c) => [c.name, c.header])).toEqual([['auth.getUserFromDB', 'token-1']]);
    auth.configure(CONFIG);
    await auth.checkSession();
    expect(created[0]!.calls).toHaveLength(1);
  });

  test('a refused config is reported without the key and without throwing; actions then fail with not_configured', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { auth } = setup({ configure: false });
    expect(() => auth.configure({ envUrl: 'ftp://nope', clientKey: 'secret-key-123' })).not.toThrow();
    expect(error).toHaveBeenCalledOnce();
    expect(JSON.stringify(error.mock.calls)).not.toContain('secret-key-123');
    expect(await auth.signIn('a@x.test', 'pw')).toMatchObject({ ok: false, error: { status: 0, items: [{ code: 'not_configured' }] } });
    error.mockRestore();
  });

  test('before configure, every action answers not_configured (or a local refusal) and none throws', async () => {
    const { auth } = setup({ configure: false, storage: signedInStorage() });
    expect(auth.state.session?.token).toBe('token-1');
    const results = await Promise.all([
      auth.signUp('a@x.test', 'pw', 'A'),
      auth.signIn('a@x.test', 'pw'),
      auth.sendMagicLink('a@x.test'),
      auth.resendVerification('a@x.test'),
      auth.sendResetLink('a@x.test'),
      auth.resetPassword('t', 'pw'),
      auth.grant('t'),
      auth.revokeSession('other'),
      auth.signOutOthers(),
      auth.listSessions(),
      auth.refreshUser(),
      auth.updateName('B'),
      auth.uploadAvatar(new File(['x'], 'a.png')),
      auth.changePassword('a', 'b'),
      auth.changeEmail('a', 'b@x.test'),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { items: [{ code: 'not_configured' }] } });
  });
});

describe('failures', () => {
  test('a rejected request (network, CORS) is status 0 network_error', async () => {
    const { auth, fake } = setup();
    fake().handlers['auth.signInWithEmail'] = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await auth.signIn('a@x.test', 'pw')).toEqual({
      ok: false,
      error: { status: 0, items: [{ origin: 'client_error', code: 'network_error', message: expect.any(String) }] },
    });
  });

  test('a request that never answers times out as network_error, and the sign-in queue moves on', async () => {
    const { auth, fake } = setup({ timeoutMs: 30 });
    fake().handlers['auth.signInWithEmail'] = () => new Promise(() => undefined);
    const hung = auth.signIn('a@x.test', 'pw');
    const next = auth.signOut();
    expect(await hung).toMatchObject({ ok: false, error: { status: 0, items: [{ code: 'network_error' }] } });
    expect(await next).toEqual({ ok: true, value: null });
  });

  test.each([
    [{ retryAfter: 12 }, 12],
    [{ retryAfterSeconds: 30 }, 30],
    [{ retryAfter: 'soon' }, undefined],
    [undefined, undefined],
  ])('retryAfter from the error details %j', async (details, expected) => {
    const { auth, fake } = setup();
    fake().handlers['auth.sendMagicLinkEmail'] = () => ({ errors: apiError(429, 'too_many_requests', details) });
    const result = await auth.sendMagicLink('a@x.test');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.retryAfter).toBe(expected);
  });

  test('an error body in an unexpected shape still gives items with origin, code and message', async () => {
    const { auth, fake } = setup();
    fake().handlers['auth.signInWithEmail'] = () => ({
      errors: { status: 502, statusText: 'Bad Gateway', items: [{ message: 'upstream down' }, 'junk'] } as never,
    });
    expect(await auth.signIn('a@x.test', 'pw')).toEqual({
      ok: false,
      error: {
        status: 502,
        items: [
          { origin: 'server_error', code: 'unknown_error', message: 'upstream down' },
          { origin: 'server_error', code: 'unknown_error', message: expect.any(String) },
        ],
      },
    });
  });

  test('a success answer without a session is an invalid_answer, not a sign-in', async () => {
    const { auth, fake, events } = setup();
    fake().handlers['auth.signInWithEmail'] = () => ({ user: fakeUser(), session: null, errors: null });
    expect(await auth.signIn('a@x.test', 'pw')).toMatchObject({ ok: false, error: { items: [{ code: 'invalid_answer' }] } });
    expect(auth.state.session).toBeNull();
    expect(events).toEqual([]);
  });
});

describe('session-token errors from any action', () => {
  test.each([
    ['invalid_session_token', 'revoked'],
    ['missing_session_token', 'expired'],
  ] as const)('%s ends the session as %s: state, storage, session-invalid then signed-out', async (code, reason) => {
    const { auth, fake, events, storage } = setup({ storage: signedInStorage() });
    fake().handlers['db.update'] = () => ({ data: null, errors: apiError(401, code) });
    expect(await auth.updateName('Grace')).toMatchObject({ ok: false, error: { status: 401, items: [{ code }] } });
    expect(auth.state).toMatchObject({ user: null, session: null, endedReason: reason });
    expect(events).toEqual([
      ['session-invalid', { code }],
      ['signed-out', { reason }],
    ]);
    expect(storage.getItem('shared-auth:session')).toBeNull();
  });

  test('a rejection of the old session that arrives after a new sign-in keeps the new session', async () => {
    const { auth, fake, events, storage } = setup({ storage: signedInStorage('old-token') });
    const answer = deferred<{ user: null; errors: ReturnType<typeof apiError> }>();
    fake().handlers['auth.getUserFromDB'] = () => answer.promise;
    fake().handlers['auth.signInWithEmail'] = () => ({ user: fakeUser(), session: fakeSession('new-token'), errors: null });
    const refresh = auth.refreshUser();
    await auth.signIn('ada@example.test', 'pw');
    answer.resolve({ user: null, errors: apiError(401, 'invalid_session_token') });
    await refresh;
    expect(auth.state.session?.token).toBe('new-token');
    expect(fake().header).toBe('new-token');
    expect(JSON.parse(storage.getItem('shared-auth:session')!).token).toBe('new-token');
    expect(JSON.parse(storage.getItem('shared-auth:user')!)._id).toBe('user-1');
    expect(events.map(([type]) => type)).toEqual(['signed-in']);
  });
});

describe('user data apps keep in storage (USER_DATA_STORAGE_PREFIX)', () => {
  // A shared computer: after the session ends, the next person must not find the last user's data (docs/security.md B5).
  function withUserData() {
    const storage = signedInStorage();
    storage.setItem(`${USER_DATA_STORAGE_PREFIX}pending-email:user-1`, '{"address":"ada.new@example.test"}');
    storage.setItem(`${USER_DATA_STORAGE_PREFIX}another-app:note`, 'kept for Ada');
    storage.setItem('shared-auth:locale', 'de');
    return storage;
  }
  const userDataKeys = (storage: MemoryStorage) => [...storage.map.keys()].filter((key) => key.startsWith(USER_DATA_STORAGE_PREFIX));

  test('a sign-out removes all of it; the language chosen stays', async () => {
    const { auth, storage } = setup({ storage: withUserData() });
    expect(await auth.signOut()).toEqual({ ok: true, value: null });
    expect(userDataKeys(storage)).toEqual([]);
    expect(storage.getItem('shared-auth:locale')).toBe('de');
  });

  test('"Continue as" another account on a link removes it, and ends the first session on the server', async () => {
    const { auth, created, storage } = setup({ storage: withUserData() });
    const grace = fakeUser({ _id: 'user-2', providerUserId: 'user-2', email: 'grace@example.test', name: 'Grace' });
    created[0]!.handlers['auth.getAuthGrant'] = () => ({
      user: grace,
      session: { ...fakeSession('token-2'), userId: 'user-2' },
      errors: null,
    });
    expect(await auth.followLink('link-token')).toMatchObject({ ok: true, value: { status: 'confirm' } });
    expect(userDataKeys(storage)).toHaveLength(2);
    expect(await auth.settleLink('link-token', true)).toMatchObject({ ok: true, value: { email: 'grace@example.test' } });
    expect(userDataKeys(storage)).toEqual([]);
    expect(auth.state.session?.token).toBe('token-2');
    // Through a client of its own, with the old session's header: this tab's client keeps the new one.
    expect(created.flatMap((fake) => fake.calls.filter((c) => c.name === 'auth.signOut').map((c) => c.header))).toEqual(['token-1']);
    expect(created[0]!.header).toBe('token-2');
  });

  test('the keys an older build kept such data under go too (a browser that ran it before 1.6.0)', async () => {
    const storage = withUserData();
    storage.setItem('shared-auth:link-requests', '{"ada@example.test":1}');
    storage.setItem('profile-mfe:pending-email:user-1', '{"address":"ada.new@example.test"}');
    const { auth } = setup({ storage });
    await auth.signOut();
    expect(storage.getItem('shared-auth:link-requests')).toBeNull();
    expect(storage.getItem('profile-mfe:pending-email:user-1')).toBeNull();
  });

  test('a session the server ended (revoked) removes it too', async () => {
    const { auth, fake, storage } = setup({ storage: withUserData() });
    fake().handlers['auth.getUserFromDB'] = () => ({ user: null, errors: apiError(401, 'invalid_session_token') });
    await auth.refreshUser();
    expect(auth.state.session).toBeNull();
    expect(userDataKeys(storage)).toEqual([]);
  });
});

describe('serialised sign-in, sign-out and grant', () => {
  test('a sign-out requested during a sign-in runs after it', async () => {
    const { auth, fake } = setup();
    const answer = deferred<{ user: ReturnType<typeof fakeUser>; session: ReturnType<typeof fakeSession>; errors: null }>();
    fake().handlers['auth.signInWithEmail'] = () => answer.promise;
    const signingIn = auth.signIn('ada@example.test', 'pw');
    const signingOut = auth.signOut();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake().calls.map((c) => c.name)).toEqual(['auth.signInWithEmail']);
    answer.resolve({ user: fakeUser(), session: fakeSession(), errors: null });
    await signingIn;
    await signingOut;
    expect(fake().calls.map((c) => [c.name, c.header])).toEqual([
      ['auth.signInWithEmail', null],
      ['auth.signOut', 'token-1'],
    ]);
    expect(auth.state.endedReason).toBe('user');
  });

  test('grant with the same token twice makes one request; the token is sent URL-encoded', async () => {
    const { auth, fake } = setup();
    fake().handlers['auth.getAuthGrant'] = () => ({ user: fakeUser(), session: fakeSession(), errors: null });
    const first = auth.grant('ab+c&d');
    expect(auth.grant('ab+c&d')).toBe(first);
    await first;
    await auth.grant('other');
    expect(
      fake()
        .calls.filter((c) => c.name === 'auth.getAuthGrant')
        .map((c) => c.args),
    ).toEqual([['ab%2Bc%26d'], ['other']]);
  });
});

describe('arguments handed to the client', () => {
  test('addresses in mailed-link calls are URL-encoded (the client does not)', async () => {
    const { auth, fake } = setup();
    await auth.sendMagicLink(' a+b&c@x.test ');
    await auth.resendVerification('a+b&c@x.test');
    await auth.sendResetLink('a+b&c@x.test');
    expect(fake().calls.map((c) => [c.name, c.args[0]])).toEqual([
      ['auth.sendMagicLinkEmail', 'a%2Bb%26c%40x.test'],
      ['auth.resendVerificationEmail', 'a%2Bb%26c%40x.test'],
      ['auth.sendResetPwdEmail', 'a%2Bb%26c%40x.test'],
    ]);
  });

  test('changePassword(current, new) calls the client with (new, old); changeEmail(password, email) as is', async () => {
    const { auth, fake } = setup({ storage: signedInStorage() });
    fake().handlers['auth.changeEmail'] = () => ({ user: fakeUser(), errors: null });
    await auth.changePassword('old-pw', 'new-pw');
    await auth.changeEmail('old-pw', 'new@x.test');
    expect(
      fake()
        .calls.filter((c) => c.name !== 'auth.getUserFromDB')
        .map((c) => [c.name, c.args]),
    ).toEqual([
      ['auth.changePassword', ['new-pw', 'old-pw']],
      ['auth.changeEmail', ['old-pw', 'new@x.test']],
    ]);
  });

  test('listSessions marks the held session current and no other', async () => {
    const { auth, fake } = setup({ storage: signedInStorage('token-1') });
    fake().handlers['auth.getAllSessions'] = () => ({ sessions: [fakeSession('handle-9'), fakeSession('token-1')], errors: null });
    const result = await auth.listSessions();
    expect(result.ok && result.value.map((s) => [s.token, s.current])).toEqual([
      ['handle-9', false],
      ['token-1', true],
    ]);
  });
});

describe("the user's locale (the language of their mails)", () => {
  test('goes with the sign-up as a user field, beside the name', async () => {
    const { auth, fake } = setup({ locale: { languages: () => ['de-DE'], document: null } });
    fake().handlers['auth.signUpWithEmail'] = () => ({ user: fakeUser({ locale: 'de' }), session: null, errors: null });
    await auth.signUp('ada@example.test', 'pw', ' Ada ');
    await auth.signUp('bo@example.test', 'pw', '');
    expect(fake().calls.map((c) => c.args[2])).toEqual([{ name: 'Ada', locale: 'de' }, { locale: 'de' }]);
  });

  test('is written to the user record after a sign-in when it differs from the language shown, and not otherwise', async () => {
    const { auth, fake } = setup({ locale: { languages: () => ['de'], document: null } });
    fake().handlers['auth.signInWithEmail'] = () => ({ user: fakeUser({ locale: 'en' }), session: fakeSession(), errors: null });
    fake().handlers['db.update'] = (_model, _id, values) => ({ data: fakeUser(values as { locale: string }), errors: null });
    await auth.signIn('ada@example.test', 'pw');
    await vi.waitFor(() => expect(auth.state.user?.locale).toBe('de'));
    expect(
      fake()
        .calls.filter((c) => c.name === 'db.update')
        .map((c) => c.args),
    ).toEqual([['users', 'user-1', { locale: 'de' }]]);

    await auth.signIn('ada@example.test', 'pw');
    fake().handlers['auth.signInWithEmail'] = () => ({ user: fakeUser({ locale: 'de' }), session: fakeSession('token-2'), errors: null });
    await auth.signIn('ada@example.test', 'pw');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake().calls.filter((c) => c.name === 'db.update')).toHaveLength(2);
  });

  test("follows this tab's choice of language while signed in; a failed write changes nothing", async () => {
    const { auth, fake } = setup({ storage: signedInStorage(), locale: { languages: () => ['en'], document: null } });
    fake().handlers['db.update'] = () => ({ data: null, errors: apiError(400, 'validation_error') });
    auth.setLocale('de');
    await vi.waitFor(() => expect(fake().calls.some((c) => c.name === 'db.update')).toBe(true));
    expect(fake().calls.find((c) => c.name === 'db.update')?.args).toEqual(['users', 'user-1', { locale: 'de' }]);
    expect(auth.state.locale).toBe('de');
    expect(auth.state.session).not.toBeNull();
  });
});

describe('uploadAvatar', () => {
  const publicPath = (id: string) => `http://api.test/_storage/root/${id}`;

  test('reports progress as {loaded, total}; a throwing progress callback does not fail the upload', async () => {
    const { auth, fake } = setup({ storage: signedInStorage() });
    fake().handlers['storage.upload'] = (_bucket, _name, _body, options) => {
      const { onProgress } = options as { onProgress: (a: number, b: number, c: number) => void };
      onProgress(50, 200, 25);
      onProgress(200, 200, 100);
      return { data: { publicPath: publicPath('f2') }, errors: null };
    };
    fake().handlers['db.update'] = () => ({ data: fakeUser({ profilePicture: publicPath('f2') }), errors: null });
    const seen: unknown[] = [];
    const result = await auth.uploadAvatar(new File(['x'], 'a.png'), (p) => {
      seen.push(p);
      throw new Error('broken progress bar');
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([
      { loaded: 50, total: 200 },
      { loaded: 200, total: 200 },
    ]);
    const upload = fake().calls.find((c) => c.name === 'storage.upload')!;
    expect(upload.args[0]).toBe('root');
    expect(upload.args[1]).toMatch(/^avatar_user-1_\d+$/);
    expect(upload.args[3]).toMatchObject({ isPublic: true });
  });

  test('when saving the new picture fails, the uploaded file is removed and the old one kept', async () => {
    const storage = signedInStorage();
    storage.setItem('shared-auth:user', JSON.stringify(fakeUser({ profilePicture: publicPath('f1') })));
    const { auth, fake } = setup({ storage });
    fake().handlers['storage.upload'] = () => ({ data: { publicPath: publicPath('f2') }, errors: null });
    fake().handlers['db.update'] = () => ({ data: null, errors: apiError(400, 'validation_error') });
    expect(await auth.uploadAvatar(new File(['x'], 'a.png'))).toMatchObject({
      ok: false,
      error: { items: [{ code: 'validation_error' }] },
    });
    const deleted = fake()
      .calls.filter((c) => c.name === 'storage.delete')
      .map((c) => c.args[1]);
    expect(deleted).toEqual([fake().calls.find((c) => c.name === 'storage.upload')!.args[1]]);
    expect(auth.state.user?.profilePicture).toBe(publicPath('f1'));
  });

  test('the replaced file is the last path segment of the old URL, and only on the same storage', () => {
    expect(replacedFileName('http://api.test/_storage/root/f1', 'http://api.test/_storage/root/f2')).toBe('f1');
    expect(replacedFileName('http://api.test/_storage/root/a%20b', 'http://api.test/_storage/root/f2')).toBe('a b');
    expect(replacedFileName('https://gravatar.test/avatar/f1', 'http://api.test/_storage/root/f2')).toBeNull();
    expect(replacedFileName('http://api.test/elsewhere/f1', 'http://api.test/_storage/root/f2')).toBeNull();
    expect(replacedFileName('http://api.test/_storage/root/f2', 'http://api.test/_storage/root/f2')).toBeNull();
    expect(replacedFileName('not a url', 'http://api.test/_storage/root/f2')).toBeNull();
    expect(replacedFileName(undefined, 'http://api.test/_storage/root/f2')).toBeNull();
  });
});

describe('secrets', () => {
  test('no token or password reaches the console, whatever happens', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    const { auth, fake } = setup({ storage: signedInStorage('secret-token-1') });
    fake().handlers['auth.getAllSessions'] = () => ({ sessions: [fakeSession('secret-token-1')], errors: null });
    fake().handlers['auth.signInWithEmail'] = () => Promise.reject(new TypeError('Failed to fetch'));
    fake().handlers['auth.getUserFromDB'] = () => ({ user: null, errors: apiError(401, 'invalid_session_token') });
    auth.bus.on('signed-out', () => {
      throw new Error('listener failure');
    });
    await auth.listSessions();
    await auth.signIn('ada@example.test', 'secret-password-1');
    await auth.refreshUser();
    await auth.grant('secret-access-token');
    const logged = JSON.stringify(
      spies.flatMap((spy) => spy.mock.calls),
      (_key, value: unknown) => (value instanceof Error ? value.message : value),
    );
    for (const secret of ['secret-token-1', 'secret-password-1', 'secret-access-token']) expect(logged).not.toContain(secret);
    spies.forEach((spy) => spy.mockRestore());
  });
});
