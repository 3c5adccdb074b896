import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface CounterState {
  count: number;
  windowStart: number;
}

/**
 * Counts one hit, atomically in the database so that several processes share the counter (SEC-B6): a counter
 * whose window started `expireMs` ago or earlier restarts at 1. A fixed window keeps its start; a sliding one
 * restarts from every hit.
 */
async function countHit(db: Kysely<Database>, key: string, expireMs: number, now: number, sliding: boolean): Promise<CounterState> {
  const expiredBefore = now - expireMs;
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
        window_start: sliding
          ? now
          : eb.case().when('counters.window_start', '<=', expiredBefore).then(now).else(eb.ref('counters.window_start')).end(),
      })),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: Number(row.window_start) };
}

/** Counts one hit in a fixed window: a window older than `windowMs` restarts at 1. */
export const hitCounter = (db: Kysely<Database>, key: string, windowMs: number, now: number): Promise<CounterState> =>
  countHit(db, key, windowMs, now, false);

/** Like hitCounter, but the window restarts from every hit: `windowStart` is the time of the last hit. */
export const hitSlidingCounter = (db: Kysely<Database>, key: string, forgetAfterMs: number, now: number): Promise<CounterState> =>
  countHit(db, key, forgetAfterMs, now, true);

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
