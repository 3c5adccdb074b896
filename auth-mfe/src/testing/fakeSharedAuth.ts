/**
 * A stand-in for shared-auth at its typed boundary, for component tests:
 *   vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).fakeAuth }));
 * Every action is a vi.fn answering like the contract says; state is a Solid store the test can change.
 */
import { vi } from 'vitest';
import { createStore } from 'solid-js/store';
import type { AuthState, Failure, Result, SharedAuth, User } from 'shared-auth';

const [state, setState] = createStore<{ -readonly [K in keyof AuthState]: AuthState[K] }>({
  user: null,
  session: null,
  endedReason: null,
  locale: 'en',
});

export const setAuthState = setState;

type Actions = Omit<SharedAuth, 'version' | 'state' | 'bus' | 'configure' | 'setLocale'>;
/** An action that never answers until the test says what it answers. */
const unanswered = <K extends keyof Actions>() => vi.fn<Actions[K]>(() => new Promise<never>(() => undefined));

export const fakeAuth = {
  version: '1.0.0',
  state,
  bus: { emit: vi.fn(), on: vi.fn(() => () => undefined) },
  configure: vi.fn(),
  setLocale: vi.fn((locale: string) => setState('locale', locale)),
  signUp: unanswered<'signUp'>(),
  signIn: unanswered<'signIn'>(),
  sendMagicLink: unanswered<'sendMagicLink'>(),
  resendVerification: unanswered<'resendVerification'>(),
  sendResetLink: unanswered<'sendResetLink'>(),
  resetPassword: unanswered<'resetPassword'>(),
  grant: unanswered<'grant'>(),
  followLink: unanswered<'followLink'>(),
  settleLink: unanswered<'settleLink'>(),
  signOut: unanswered<'signOut'>(),
  revokeSession: unanswered<'revokeSession'>(),
  signOutOthers: unanswered<'signOutOthers'>(),
  listSessions: unanswered<'listSessions'>(),
  refreshUser: unanswered<'refreshUser'>(),
  updateName: unanswered<'updateName'>(),
  uploadAvatar: unanswered<'uploadAvatar'>(),
  changePassword: unanswered<'changePassword'>(),
  changeEmail: unanswered<'changeEmail'>(),
} satisfies SharedAuth;

export function resetFakeAuth(): void {
  for (const value of Object.values(fakeAuth)) {
    if (vi.isMockFunction(value)) value.mockReset();
  }
  setState({ user: null, session: null, endedReason: null, locale: 'en' });
}

export const user = (overrides: Partial<User> = {}): User => ({
  _id: 'u1',
  provider: 'altogic',
  providerUserId: 'u1',
  email: 'ada@example.test',
  name: 'Ada',
  emailVerified: true,
  signUpAt: '2025-01-01T00:00:00.000Z',
  lastLoginAt: '2025-01-01T00:00:00.000Z',
  ...overrides,
});

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const failed = <T = never>(
  status: number,
  code: string,
  message = '',
  extra: Partial<Failure> = {},
  details?: Record<string, unknown>,
): Result<T> => ({
  ok: false,
  error: { status, items: [{ origin: 'client_error', code, message, ...(details ? { details } : {}) }], ...extra },
});

/** A promise the test settles when it wants: for the "submitting" state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
