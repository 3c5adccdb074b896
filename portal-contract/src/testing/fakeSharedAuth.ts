/**
 * The one test double of the shared-auth contract, for the apps' component tests:
 *   vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('portal-contract/testing')).createFakeSharedAuth() }));
 * State is a real Solid store (components react as in the portal); every action is a vi.fn that answers a
 * success the way the contract says (and updates the state as shared-auth would) unless a test says otherwise.
 * Never imported by app code: only tests resolve 'portal-contract/testing'.
 */
import { vi, type Mock } from 'vitest';
import { createStore } from 'solid-js/store';
import { CONTRACT_VERSION, type AuthState, type Failure, type Result, type SessionEntry, type SharedAuth, type User } from '../contract';

type Actions = Omit<SharedAuth, 'version' | 'state' | 'bus' | 'configure' | 'setLocale'>;
type MockedActions = { [K in keyof Actions]: Mock<Actions[K]> };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type FakeSharedAuth = Omit<SharedAuth, keyof MockedActions> &
  MockedActions & {
    setState: (state: Partial<Mutable<AuthState>>) => void;
    setUser(user: User | null): void;
    /** Back to the starting state (signed in as `user`, or signed out with null) and the default answers. */
    reset(start?: { user?: User | null }): void;
  };

export const testUser: User = {
  _id: 'u1',
  provider: 'altogic',
  providerUserId: 'u1',
  email: 'ada@example.test',
  emailVerified: true,
  name: 'Ada Lovelace',
  signUpAt: '2025-01-02T10:00:00.000Z',
  lastLoginAt: '2025-11-20T08:00:00.000Z',
};

export const user = (overrides: Partial<User> = {}): User => ({ ...testUser, ...overrides });

export function session(overrides: Partial<SessionEntry> & { browser?: string; os?: string; device?: string } = {}): SessionEntry {
  const { browser = 'Firefox', os = 'Linux', device = 'Other', ...rest } = overrides;
  const part = (family: string) => ({ family, major: '0', minor: '0', patch: '0' });
  return {
    userId: 'u1',
    token: `handle-${browser}-${os}-${device}`,
    creationDtm: '2025-11-20T08:00:00.000Z',
    accessGroupKeys: [],
    current: false,
    userAgent: { ...part(browser), major: '128', device: part(device), os: part(os) },
    ...rest,
  };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A refusal in the Altogic error shape; `extra` adds e.g. `retryAfter`, `details` the item's details. */
export const failed = <T = never>(
  status: number,
  code: string,
  message = 'raw server text',
  extra: Partial<Failure> = {},
  details?: Record<string, unknown>,
): Result<T> => ({
  ok: false,
  error: { status, items: [{ origin: 'client_error', code, message, ...(details ? { details } : {}) }], ...extra },
});

/** A promise the test settles by hand, to look at an in-flight state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function createFakeSharedAuth(start: { user?: User | null } = {}): FakeSharedAuth {
  const [state, setState] = createStore<Mutable<AuthState>>({ user: null, session: null, endedReason: null, locale: 'en' });
  const actions: MockedActions = {
    signUp: vi.fn(),
    signIn: vi.fn(),
    sendMagicLink: vi.fn(),
    resendVerification: vi.fn(),
    sendResetLink: vi.fn(),
    resetPassword: vi.fn(),
    grant: vi.fn(),
    followLink: vi.fn(),
    settleLink: vi.fn(),
    signOut: vi.fn(),
    revokeSession: vi.fn(),
    signOutOthers: vi.fn(),
    listSessions: vi.fn(),
    refreshUser: vi.fn(),
    updateName: vi.fn(),
    uploadAvatar: vi.fn(),
    changePassword: vi.fn(),
    changeEmail: vi.fn(),
  };
  const current = () => state.user ?? testUser;
  const signedIn = (who: User): { ok: true; value: User } => {
    setState({ user: who, endedReason: null });
    return { ok: true, value: who };
  };
  function reset(next: { user?: User | null } = start) {
    setState({ user: next.user === undefined ? { ...testUser } : next.user, session: null, endedReason: null, locale: 'en' });
    for (const action of Object.values(actions)) action.mockReset();
    actions.signIn.mockImplementation(async (email) => signedIn(user({ email })));
    actions.grant.mockImplementation(async () => signedIn(current()));
    actions.followLink.mockImplementation(async () => ok({ status: 'signed-in' as const, user: signedIn(current()).value }));
    actions.settleLink.mockImplementation(async (_token, accept) => (accept ? signedIn(current()) : ok(null)));
    actions.signUp.mockImplementation(async (email, _password, name) =>
      ok({ user: user({ email, name, emailVerified: false }), session: null }),
    );
    actions.signOut.mockImplementation(async () => {
      setState({ user: null, endedReason: 'user' });
      return ok(null);
    });
    actions.listSessions.mockResolvedValue(ok([session({ current: true, browser: 'Chrome' })]));
    actions.refreshUser.mockImplementation(async () => ok(current()));
    actions.updateName.mockImplementation(async (name) => {
      setState('user', { ...current(), name });
      return ok(current());
    });
    actions.uploadAvatar.mockImplementation(async () => {
      setState('user', { ...current(), profilePicture: 'http://files.test/avatar-2.png' });
      return ok(current());
    });
    for (const name of [
      'sendMagicLink',
      'resendVerification',
      'sendResetLink',
      'resetPassword',
      'revokeSession',
      'signOutOthers',
      'changePassword',
      'changeEmail',
    ] as const) {
      actions[name].mockResolvedValue(ok(null));
    }
  }
  reset();
  return {
    version: CONTRACT_VERSION,
    state,
    bus: { emit: vi.fn(), on: vi.fn(() => () => undefined) },
    configure: vi.fn(),
    setLocale: vi.fn((locale: string) => setState('locale', locale)),
    ...actions,
    setState: (next) => setState(next),
    setUser: (next) => setState('user', next),
    reset,
  };
}
