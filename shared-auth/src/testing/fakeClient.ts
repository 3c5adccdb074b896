/**
 * A stand-in for the Altogic client, for unit tests of what the real server cannot easily be made to do
 * (hang, drop the connection, answer out of order). It keeps the real client's local behaviour: storage keys,
 * the Session header, and dropping both on a session-token error (docs/wire-contract.md §1.8, §3).
 */
import type { APIError, ClientOptions, ClientStorage, FileUploadOptions } from 'altogic';
import type { Session, User } from 'portal-contract';
import type { AuthClient, ClientFactory } from '../client/altogicClient';

export const fakeUser = (overrides: Partial<User> = {}): User => ({
  _id: 'user-1',
  provider: 'altogic',
  providerUserId: 'user-1',
  email: 'ada@example.test',
  name: 'Ada',
  signUpAt: '2024-01-01T00:00:00.000Z',
  lastLoginAt: '2024-01-01T00:00:00.000Z',
  ...overrides,
});

export const fakeSession = (token = 'token-1'): Session => ({
  userId: 'user-1',
  token,
  creationDtm: '2024-01-01T00:00:00.000Z',
  accessGroupKeys: [],
  userAgent: {
    family: 'Other',
    major: '0',
    minor: '0',
    patch: '0',
    device: { family: 'Other', major: '0', minor: '0', patch: '0' },
    os: { family: 'Other', major: '0', minor: '0', patch: '0' },
  },
});

export const apiError = (status: number, code: string, details?: Record<string, unknown>): APIError => ({
  status,
  statusText: 'Error',
  items: [{ origin: 'client_error', code, message: `${code} happened`, ...(details ? { details } : {}) }],
});

type AnswerOf = { errors: APIError | null } & Record<string, unknown>;
/** What the fake "server" answers for a call: a value, or a promise (to hang or reject). */
export type Handler = (...args: unknown[]) => AnswerOf | Promise<AnswerOf>;

export class FakeAltogic {
  header: string | null = null;
  readonly calls: Array<{ name: string; args: unknown[]; header: string | null }> = [];
  readonly handlers: Record<string, Handler> = {};
  readonly client: AuthClient;

  constructor(
    readonly storage: ClientStorage,
    readonly options: ClientOptions,
  ) {
    const stored = this.read<Session>('session');
    if (stored?.token) this.header = stored.token;
    const call =
      (name: string) =>
      (...args: unknown[]) =>
        this.call(name, args);
    const local = {
      setSession: (session: Session) => {
        if (session?.token) this.header = session.token;
        if (session) storage.setItem('session', JSON.stringify(session));
      },
      setUser: (user: User) => {
        if (user) storage.setItem('user', JSON.stringify(user));
      },
      invalidateSession: () => this.invalidate(),
    };
    this.client = {
      auth: new Proxy(local, {
        get: (target, name: string) => (name in target ? target[name as keyof typeof target] : call(`auth.${name}`)),
      }) as unknown as AuthClient['auth'],
      db: {
        model: (model: string) => ({
          object: (id?: string) => ({ update: (values: object) => this.call('db.update', [model, id, values]) }),
        }),
      } as unknown as AuthClient['db'],
      storage: {
        bucket: (bucket: string) => ({
          upload: (fileName: string, body: unknown, options?: FileUploadOptions) =>
            this.call('storage.upload', [bucket, fileName, body, options]),
          file: (name: string) => ({ delete: () => this.call('storage.delete', [bucket, name]) }),
        }),
      } as unknown as AuthClient['storage'],
    };
  }

  private read<T>(key: string): T | null {
    const text = this.storage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  }

  invalidate(): void {
    this.storage.removeItem('session');
    this.storage.removeItem('user');
    this.header = null;
  }

  /** Answers as the real client would: sign-ins store, session codes invalidate. */
  private async call(name: string, args: unknown[]): Promise<AnswerOf> {
    this.calls.push({ name, args, header: this.header });
    const handler = this.handlers[name];
    const answer = handler ? await handler(...args) : { errors: null };
    const codes = answer.errors?.items.map((item) => item.code) ?? [];
    if (codes.includes('invalid_session_token') || codes.includes('missing_session_token')) this.invalidate();
    if (!answer.errors && ['auth.signInWithEmail', 'auth.getAuthGrant', 'auth.signUpWithEmail'].includes(name) && answer.session) {
      this.invalidate();
      this.storage.setItem('session', JSON.stringify(answer.session));
      this.storage.setItem('user', JSON.stringify(answer.user));
      this.header = (answer.session as Session).token;
    }
    if (!answer.errors && name === 'auth.signOut' && !args[0]) this.invalidate();
    return answer;
  }
}

/** A client factory that records every client it creates. */
export function fakeFactory(setup: (fake: FakeAltogic) => void = () => undefined): { factory: ClientFactory; created: FakeAltogic[] } {
  const created: FakeAltogic[] = [];
  const factory: ClientFactory = (envUrl, _clientKey, options) => {
    if (!envUrl.startsWith('http')) throw new Error('envUrl is a required parameter and needs to start with https://');
    const fake = new FakeAltogic(options.localStorage!, options);
    setup(fake);
    created.push(fake);
    return fake.client;
  };
  return { factory, created };
}
