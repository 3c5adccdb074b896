// What the health endpoint checks: a real read of every table, a real write, and the room left for deletes.
import { sql, type Kysely } from 'kysely';
import type { Database, Dialect, Store } from './database.ts';

export interface DatabaseChecks {
  /** every table read through (`select 1` alone passes on a corrupt file) */
  read: 'ok' | 'failed';
  /** one row written and committed */
  write: 'ok' | 'failed';
  /** `low` once a full disk used the space reserve and there is no room yet to make it again */
  space: 'ok' | 'low';
}

const TABLES = ['users', 'sessions', 'email_tokens', 'files', 'outbox', 'counters', 'known_devices'] as const satisfies ReadonlyArray<
  keyof Database
>;

const PROBE_KEY = 'health:write-probe';

async function passes(check: () => Promise<unknown>): Promise<'ok' | 'failed'> {
  try {
    await check();
    return 'ok';
  } catch {
    return 'failed';
  }
}

/** Counts each table's rows through the table itself: SQLite would otherwise count a (smaller) index instead. */
async function readEveryTable(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const through = dialect === 'sqlite' ? sql` not indexed` : sql``;
  for (const table of TABLES) await sql`select count(*) from ${sql.table(table)}${through}`.execute(db);
}

async function writeProbe(db: Kysely<Database>, now: number): Promise<void> {
  await db
    .insertInto('counters')
    .values({ key: PROBE_KEY, count: 1, window_start: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ window_start: now }))
    .execute();
}

export async function checkDatabase(store: Store, now: number): Promise<DatabaseChecks> {
  return {
    read: await passes(() => readEveryTable(store.db, store.dialect)),
    write: await passes(() => writeProbe(store.db, now)),
    space: !store.reserve || store.reserve.ensure() ? 'ok' : 'low',
  };
}
