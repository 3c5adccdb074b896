import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, UsersTable } from './database.ts';
import { prepared } from './prepared.ts';

export type UserRow = Selectable<UsersTable>;

export async function insertUser(db: Kysely<Database>, row: UsersTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

const userById = prepared((db) => db.selectFrom('users').selectAll().where('id', '=', '').limit(1));

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return (await userById(db, id, 1))[0];
}

export async function updateUser(db: Kysely<Database>, id: string, patch: Updateable<UsersTable>): Promise<UserRow | undefined> {
  return db.updateTable('users').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
}
