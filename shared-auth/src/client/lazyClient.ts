/**
 * An `AuthClient` that creates the real one at its first server call (the client is ~12 kB gzip of the /login
 * page otherwise). Until then there is nothing to tell the client: it reads the session from storage when it is
 * created, so setSession/setUser/invalidateSession before that are no-ops (every caller writes or clears storage
 * itself, or the other tab did). A failed download is a rejected call (a network failure) and is retried by the next.
 */
import type { ClientOptions } from 'altogic';
import type { AuthClient, ClientFactory } from './altogicClient';

export type LoadFactory = () => Promise<ClientFactory>;

const loadRealFactory: LoadFactory = async () => (await import('./realClient')).realClientFactory;

/** What the client refuses in its constructor, refused here at once so `configure` can report it (docs/pitfalls.md #15). */
function checkConfig(envUrl: string, clientKey: string): void {
  if (!/^\s*https?:\/\//.test(envUrl ?? '')) throw new Error('envUrl is a required parameter and needs to start with https://');
  if (typeof clientKey !== 'string' || !clientKey) throw new Error('clientKey is a required parameter');
}

export function lazyClientFactory(loadFactory: LoadFactory = loadRealFactory): ClientFactory {
  return (envUrl: string, clientKey: string, options: ClientOptions): AuthClient => {
    checkConfig(envUrl, clientKey);
    let real: AuthClient | null = null;
    let loading: Promise<AuthClient> | null = null;
    const client = (): Promise<AuthClient> =>
      real
        ? Promise.resolve(real)
        : (loading ??= loadFactory().then(
            (factory) => (real = factory(envUrl, clientKey, options)),
            (error: unknown) => {
              loading = null;
              throw error;
            },
          ));
    return {
      auth: {
        signUpWithEmail: (...args) => client().then((c) => c.auth.signUpWithEmail(...args)),
        signInWithEmail: (...args) => client().then((c) => c.auth.signInWithEmail(...args)),
        getAuthGrant: (...args) => client().then((c) => c.auth.getAuthGrant(...args)),
        signOut: (...args) => client().then((c) => c.auth.signOut(...args)),
        signOutAllExceptCurrent: () => client().then((c) => c.auth.signOutAllExceptCurrent()),
        getAllSessions: () => client().then((c) => c.auth.getAllSessions()),
        getUserFromDB: () => client().then((c) => c.auth.getUserFromDB()),
        changePassword: (...args) => client().then((c) => c.auth.changePassword(...args)),
        changeEmail: (...args) => client().then((c) => c.auth.changeEmail(...args)),
        resendVerificationEmail: (...args) => client().then((c) => c.auth.resendVerificationEmail(...args)),
        sendMagicLinkEmail: (...args) => client().then((c) => c.auth.sendMagicLinkEmail(...args)),
        sendResetPwdEmail: (...args) => client().then((c) => c.auth.sendResetPwdEmail(...args)),
        resetPwdWithToken: (...args) => client().then((c) => c.auth.resetPwdWithToken(...args)),
        setSession: (session) => real?.auth.setSession(session),
        setUser: (user) => real?.auth.setUser(user),
        invalidateSession: () => real?.auth.invalidateSession(),
      },
      db: {
        model: (name) => ({
          object: (id) => ({ update: (values) => client().then((c) => c.db.model(name).object(id).update(values)) }),
        }),
      },
      storage: {
        bucket: (name) => ({
          upload: (...args) => client().then((c) => c.storage.bucket(name).upload(...args)),
          file: (nameOrId) => ({ delete: () => client().then((c) => c.storage.bucket(name).file(nameOrId).delete()) }),
        }),
      },
    };
  };
}
