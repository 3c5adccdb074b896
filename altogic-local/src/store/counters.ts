import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface CounterState {
  count: number;
  windowStart: number;
}

/**
 * Counts one hit in a fixed window, atomically in the database so that several processes share the counter
 * (SEC-B6): a counter whose window started `windowMs` ago or earlier restarts at 1.
 */
export async function hitCounter(db: Kysely<Database>, key: string, windowMs: number, now: number): Promise<CounterState> {
  const expiredBefore = now - windowMs;
  const row = await db
    .insertInto('counters')
    .values({ key, count: 1, window_start: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb
          .case()
          .when('counters.window_start', '<=', expiredBefore)
          .then(1)
          .else(eb('counters.count', '+', 1))
          .end(),
        window_start: eb.case().when('counters.window_start', '<=', expiredBefore).then(now).else(eb.ref('counters.window_start')).end(),
      })),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: Number(row.window_start) };
}

export async function readCounter(db: Kysely<Database>, key: string): Promise<CounterState | undefined> {
  const row = await db.selectFrom('counters').select(['count', 'window_start']).where('key', '=', key).executeTakeFirst();
  return row ? { count: Number(row.count), windowStart: Number(row.window_start) } : undefined;
}

export async function resetCounter(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('counters').where('key', '=', key).execute();
}

/** Drops counters whose window ended long ago, keeping the table bounded. */
export async function pruneCounters(db: Kysely<Database>, olderThan: number): Promise<void> {
  await db.deleteFrom('counters').where('window_start', '<', olderThan).execute();
}

/**
 * Moves a counter from the state read to the next one only if nobody changed it in between (compare-and-set):
 * false when another request got there first. `expected` undefined: the counter must not exist yet.
 */
export async function compareAndSetCounter(
  db: Kysely<Database>,
  key: string,
  expected: CounterState | undefined,
  next: CounterState,
): Promise<boolean> {
  if (!expected) {
    const inserted = await db
      .insertInto('counters')
      .values({ key, count: next.count, window_start: next.windowStart })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('counters')
    .set({ count: next.count, window_start: next.windowStart })
    .where('key', '=', key)
    .where('count', '=', expected.count)
    .where('window_start', '=', expected.windowStart)
    .returning('key')
    .executeTakeFirst();
  return updated !== undefined;
}
