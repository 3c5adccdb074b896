import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, UsersTable } from './database.ts';
import { deleteUserSessions } from './sessions.ts';

export type UserRow = Selectable<UsersTable>;

/**
 * The stored "hash" of an account without a password: one whose address was proved by a link before anyone
 * proved the password chosen at sign-up (pre-account takeover). It parses as no hash, so nothing matches it.
 */
export const NO_PASSWORD = 'none';

export const hasPassword = (row: Pick<UserRow, 'password_hash'>): boolean => row.password_hash !== NO_PASSWORD;

export async function insertUser(db: Kysely<Database>, row: UsersTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateUser(db: Kysely<Database>, id: string, patch: Updateable<UsersTable>): Promise<UserRow | undefined> {
  return db.updateTable('users').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
}

/**
 * Forgets the password of an account whose address nobody has proved yet and ends its sessions (pre-account
 * takeover); conditional on the address still being unverified, so a verified account is never touched.
 */
export async function discardUnprovenPassword(db: Kysely<Database>, userId: string, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set({ password_hash: NO_PASSWORD, updated_at: now })
      .where('id', '=', userId)
      .where('email_verified', '=', 0)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) await deleteUserSessions(trx, userId);
  });
}
