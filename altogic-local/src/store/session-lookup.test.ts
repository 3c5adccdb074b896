// The session check's lookup: one synchronous statement on the embedded database, the same rows as the two
// lookups, never cached, and no read of another request's open transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './database.ts';
import { findSessionWithUser } from './session-lookup.ts';
import { findSessionByTokenHash, insertSession } from './sessions.ts';
import { findUserById, insertUser } from './users.ts';

describe('findSessionWithUser', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ dataDir: ':memory:', databaseUrl: null });
    const now = Date.now();
    await insertUser(store.db, {
      id: 'user-1',
      email: 'one@example.test',
      email_verified: 1,
      name: 'One',
      profile_picture: null,
      password_hash: 'none',
      sign_up_device: null,
      locale: null,
      sign_up_at: now,
      last_login_at: now,
      updated_at: now,
    });
    await insertSession(
      store.db,
      {
        id: 'session-1',
        user_id: 'user-1',
        token_hash: 'hash-1',
        handle: 'rh_1',
        created_at: now,
        last_used_at: now,
        user_agent: '{}',
        ip: null,
      },
      10,
    );
  });
  afterEach(() => store.close());

  it('answers at once with the same session and user rows as the two lookups', async () => {
    const found = findSessionWithUser(store.db, 'hash-1');
    expect(found).not.toBeInstanceOf(Promise);
    const session = await findSessionByTokenHash(store.db, 'hash-1');
    expect(found).toEqual({ session, user: await findUserById(store.db, 'user-1') });
    expect(findSessionWithUser(store.db, 'unknown')).toBeUndefined();
  });

  it('sees a revocation on the very next lookup (nothing cached)', async () => {
    expect(findSessionWithUser(store.db, 'hash-1')).toBeDefined();
    await store.db.deleteFrom('sessions').where('id', '=', 'session-1').execute();
    expect(findSessionWithUser(store.db, 'hash-1')).toBeUndefined();
  });

  it('waits for an open transaction instead of reading its uncommitted writes', async () => {
    let during = undefined as ReturnType<typeof findSessionWithUser>;
    await expect(
      store.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('sessions').where('id', '=', 'session-1').execute();
        during = findSessionWithUser(store.db, 'hash-1');
        expect(during).toBeInstanceOf(Promise);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await during)?.session.id).toBe('session-1');

    await store.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sessions').where('id', '=', 'session-1').execute();
      during = findSessionWithUser(store.db, 'hash-1');
    });
    expect(await during).toBeUndefined();
  });
});
