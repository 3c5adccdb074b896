import type { Kysely, Insertable, Selectable } from 'kysely';
import type { Database, OutboxTable } from './database.ts';

export type OutboxRow = Selectable<OutboxTable>;

/** Keeps the outbox bounded (SEC-G7): the oldest messages beyond the cap are dropped. */
export async function appendToOutbox(db: Kysely<Database>, row: Insertable<OutboxTable>, cap: number): Promise<void> {
  await db.insertInto('outbox').values(row).execute();
  const cutoff = await db.selectFrom('outbox').select('seq').orderBy('seq', 'desc').offset(cap).limit(1).executeTakeFirst();
  if (cutoff) await db.deleteFrom('outbox').where('seq', '<=', cutoff.seq).execute();
}

export async function listOutbox(db: Kysely<Database>, to?: string): Promise<OutboxRow[]> {
  let query = db.selectFrom('outbox').selectAll().orderBy('seq', 'asc');
  if (to !== undefined) query = query.where('to_address', '=', to);
  return query.execute();
}

export async function clearOutbox(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('outbox').execute();
}
