// Tables that grow with traffic are pruned: spent and expired email tokens, counters whose window ended.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './database.ts';
import { issueEmailToken } from './email-tokens.ts';
import { pruneExpiredRows } from './pruning.ts';

const DAY = 24 * 3600_000;

describe('pruning', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ dataDir: ':memory:', databaseUrl: null });
  });
  afterEach(() => store.close());

  it('drops email tokens a day after they were spent or expired, keeps the live and the recent ones', async () => {
    const now = Date.now();
    const token = (hash: string, createdAt: number, expiresAt: number, usedAt: number | null) =>
      issueEmailToken(store.db, {
        token_hash: hash,
        user_id: `user-${hash}`,
        purpose: 'magic-link',
        email: `${hash}@example.test`,
        created_at: createdAt,
        expires_at: expiresAt,
        used_at: usedAt,
      });
    await token('live', now, now + 600_000, null);
    await token('expired-long-ago', now - 3 * DAY, now - 2 * DAY, null);
    await token('spent-long-ago', now - 3 * DAY, now + DAY, now - 2 * DAY);
    await token('spent-just-now', now - 60_000, now + 600_000, now - 1000); // "already used" is still told
    await token('expired-just-now', now - 700_000, now - 100_000, null);
    await pruneExpiredRows(store.db, now);
    const left = await store.db.selectFrom('email_tokens').select('token_hash').orderBy('token_hash').execute();
    expect(left.map((row) => row.token_hash)).toEqual(['expired-just-now', 'live', 'spent-just-now']);
  });

  it('drops counters whose window ended two days ago', async () => {
    const now = Date.now();
    await store.db
      .insertInto('counters')
      .values([
        { key: 'old', count: 3, window_start: now - 3 * DAY },
        { key: 'new', count: 1, window_start: now - 60_000 },
      ])
      .execute();
    await pruneExpiredRows(store.db, now);
    expect((await store.db.selectFrom('counters').select('key').execute()).map((row) => row.key)).toEqual(['new']);
  });
});
