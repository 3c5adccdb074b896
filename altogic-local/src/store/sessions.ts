import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from './database.ts';
import { prepared } from './prepared.ts';

export type SessionRow = Selectable<SessionsTable>;

/** Inserts a session and drops the least recently used ones beyond the per-user cap (SEC-D8). */
export async function insertSession(db: Kysely<Database>, row: SessionsTable, maxPerUser: number): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
  const surplus = await db
    .selectFrom('sessions')
    .select('id')
    .where('user_id', '=', row.user_id)
    .orderBy('last_used_at', 'desc')
    .orderBy('created_at', 'desc')
    .offset(maxPerUser)
    .limit(1000)
    .execute();
  if (surplus.length > 0) {
    await db
      .deleteFrom('sessions')
      .where(
        'id',
        'in',
        surplus.map((s) => s.id),
      )
      .execute();
  }
}

const sessionByTokenHash = prepared((db) => db.selectFrom('sessions').selectAll().where('token_hash', '=', '').limit(1));

export async function findSessionByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<SessionRow | undefined> {
  return (await sessionByTokenHash(db, tokenHash, 1))[0];
}

/** Records the session's last activity and its address (callers throttle: session-auth.ts TOUCH_EVERY_MS). */
export async function touchSession(db: Kysely<Database>, id: string, now: number, ip: string): Promise<void> {
  await db.updateTable('sessions').set({ last_used_at: now, ip }).where('id', '=', id).execute();
}

const sessionsOfUser = prepared((db) =>
  db.selectFrom('sessions').selectAll().where('user_id', '=', '').orderBy('created_at', 'asc').orderBy('id', 'asc'),
);

export async function listUserSessions(db: Kysely<Database>, userId: string): Promise<SessionRow[]> {
  return sessionsOfUser(db, userId);
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes the caller's own session addressed by its token hash or revocation handle; 0 when it is not theirs. */
export async function deleteUserSessionBy(
  db: Kysely<Database>,
  userId: string,
  by: { tokenHash: string } | { handle: string },
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  query = 'handle' in by ? query.where('handle', '=', by.handle) : query.where('token_hash', '=', by.tokenHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string, exceptId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
