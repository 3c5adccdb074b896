// The lookup of every authenticated call: a session by its token's hash, with its user.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { embeddedDatabase, type Database } from './database.ts';
import { findSessionByTokenHash, type SessionRow } from './sessions.ts';
import { findUserById, type UserRow } from './users.ts';

export interface SessionWithUser {
  session: SessionRow;
  user: UserRow;
}

const JOINED =
  'select "sessions".*, "users".* from "sessions" join "users" on "users"."id" = "sessions"."user_id" where "sessions"."token_hash" = ?';

interface Joined {
  statement: SQLite.Statement<[string], unknown[]>;
  /** per column of a result row: true when it belongs to the session, false for the user */
  ofSession: boolean[];
  names: string[];
}

const joined = new WeakMap<SQLite.Database, Joined>();

function joinedOn(database: SQLite.Database): Joined {
  let query = joined.get(database);
  if (!query) {
    const statement = database.prepare<[string], unknown[]>(JOINED).raw(true);
    const columns = statement.columns();
    query = { statement, ofSession: columns.map((c) => c.table === 'sessions'), names: columns.map((c) => c.name) };
    joined.set(database, query);
  }
  return query;
}

/**
 * The session whose token hashes to `tokenHash`, with its user; undefined when there is none (or its user is
 * gone). Never cached: a revoked or expired session fails on the next call. On the embedded database outside a
 * transaction this is one statement answered synchronously (one read lock instead of two, no promise); on
 * PostgreSQL, or while a transaction holds the embedded connection, the two prepared lookups.
 */
export function findSessionWithUser(
  db: Kysely<Database>,
  tokenHash: string,
): SessionWithUser | undefined | Promise<SessionWithUser | undefined> {
  const database = embeddedDatabase(db);
  if (!database) return lookUpApart(db, tokenHash);
  const { statement, ofSession, names } = joinedOn(database);
  const row = statement.get(tokenHash);
  if (!row) return undefined;
  const session: Record<string, unknown> = {};
  const user: Record<string, unknown> = {};
  for (let i = 0; i < row.length; i++) (ofSession[i] ? session : user)[names[i]!] = row[i];
  return { session: session as unknown as SessionRow, user: user as unknown as UserRow };
}

async function lookUpApart(db: Kysely<Database>, tokenHash: string): Promise<SessionWithUser | undefined> {
  const session = await findSessionByTokenHash(db, tokenHash);
  const user = session && (await findUserById(db, session.user_id));
  return session && user ? { session, user } : undefined;
}
