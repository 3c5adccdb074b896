import { describe, expect, test, vi } from 'vitest';
import type { AuthClient, ClientFactory } from './altogicClient';
import { lazyClientFactory } from './lazyClient';

const OPTIONS = { localStorage: undefined, signInRedirect: undefined };

/** A real-client stand-in whose calls are recorded. */
function fakeReal(calls: string[]): ClientFactory {
  return () =>
    ({
      auth: {
        getAllSessions: async () => (calls.push('getAllSessions'), { sessions: [], errors: null }),
        setSession: () => void calls.push('setSession'),
        invalidateSession: () => void calls.push('invalidateSession'),
      },
      db: {
        model: (name: string) => ({
          object: (id?: string) => ({
            update: async (v: object) => (calls.push(`update ${name}/${id} ${JSON.stringify(v)}`), { data: v, errors: null }),
          }),
        }),
      },
    }) as unknown as AuthClient;
}

describe('lazyClientFactory', () => {
  test('downloads nothing until the first server call, then creates the client once', async () => {
    const calls: string[] = [];
    const load = vi.fn(async () => fakeReal(calls));
    const client = lazyClientFactory(load)('http://api.test', 'key', OPTIONS);
    client.auth.invalidateSession();
    expect(load).not.toHaveBeenCalled();
    expect(calls).toEqual([]);

    await Promise.all([client.auth.getAllSessions(), client.db.model('users').object('u1').update({ name: 'Ada' })]);
    expect(load).toHaveBeenCalledOnce();
    expect(calls).toEqual(['getAllSessions', 'update users/u1 {"name":"Ada"}']);
    // Once there, the client's local calls reach it.
    client.auth.invalidateSession();
    expect(calls.at(-1)).toBe('invalidateSession');
  });

  test('a failed download is a rejected call, and the next call tries again', async () => {
    const calls: string[] = [];
    const load = vi
      .fn<() => Promise<ClientFactory>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(fakeReal(calls));
    const client = lazyClientFactory(load)('http://api.test', 'key', OPTIONS);
    await expect(client.auth.getAllSessions()).rejects.toThrow('Failed to fetch');
    await expect(client.auth.getAllSessions()).resolves.toMatchObject({ sessions: [] });
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('refuses at once what the client would refuse in its constructor', () => {
    const load = vi.fn(async () => fakeReal([]));
    expect(() => lazyClientFactory(load)('ftp://nope', 'key', OPTIONS)).toThrow(/https:\/\//);
    expect(() => lazyClientFactory(load)('http://api.test', '', OPTIONS)).toThrow(/clientKey/);
    expect(load).not.toHaveBeenCalled();
  });
});
