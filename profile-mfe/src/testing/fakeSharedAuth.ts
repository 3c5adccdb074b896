/**
 * A SharedAuth for component tests, typed by the contract: state is a real Solid store (so components react
 * as they do in the portal) and every action is a vi.fn that answers a successful Result unless a test says
 * otherwise. Use it from `vi.mock('shared-auth/runtime', ...)`.
 */
import { vi, type Mock } from 'vitest';
import { createStore } from 'solid-js/store';
import { CONTRACT_VERSION, type AuthState, type Failure, type Result, type SessionEntry, type SharedAuth, type User } from 'shared-auth';

type Actions = Omit<SharedAuth, 'version' | 'state' | 'bus' | 'configure' | 'setLocale'>;
type MockedActions = { [K in keyof Actions]: Mock<Actions[K]> };

export type FakeSharedAuth = Omit<SharedAuth, keyof MockedActions> &
  MockedActions & {
    setUser(user: User | null): void;
    /** Back to a signed-in testUser and default answers. */
    reset(): void;
  };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
export const failure = (code: string, status = 400, message = 'raw server text'): Result<never> => ({
  ok: false,
  error: { status, items: [{ origin: 'client_error', code, message }] } satisfies Failure,
});

/** A promise the test settles by hand, to look at an in-flight state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function createFakeSharedAuth(): FakeSharedAuth {
  const [state, setState] = createStore<Mutable<AuthState>>({ user: testUser, session: null, endedReason: null, locale: 'en' });
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
  const user = () => state.user ?? testUser;
  function reset() {
    setState({ user: { ...testUser }, session: null, endedReason: null, locale: 'en' });
    for (const action of Object.values(actions)) action.mockReset();
    actions.listSessions.mockResolvedValue(ok([session({ current: true, browser: 'Chrome' })]));
    actions.refreshUser.mockImplementation(async () => ok(user()));
    actions.updateName.mockImplementation(async (name) => {
      setState('user', { ...user(), name });
      return ok(user());
    });
    actions.uploadAvatar.mockImplementation(async () => {
      setState('user', { ...user(), profilePicture: 'http://files.test/avatar-2.png' });
      return ok(user());
    });
    for (const name of ['signOut', 'revokeSession', 'signOutOthers', 'changePassword', 'changeEmail'] as const) {
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
    setUser: (next) => setState('user', next),
    reset,
  };
}
