// The typed query layer: one Kysely schema served by SQLite (better-sqlite3, default) or PostgreSQL (DATABASE_URL).
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Generated } from 'kysely';
import { migrateToLatest } from './migrations.ts';
import { reservePath, SpaceReserve } from './space-reserve.ts';

export interface UsersTable {
  id: string;
  email: string;
  email_verified: number;
  name: string | null;
  profile_picture: string | null;
  password_hash: string;
  /** digest of the client address and User-Agent that signed up (routes/auth/sign-up-device.ts); null: unknown */
  sign_up_device: string | null;
  sign_up_at: number;
  last_login_at: number;
  updated_at: number;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  /** revocation handle shown instead of the token in other sessions' list entries (S6b) */
  handle: string;
  created_at: number;
  last_used_at: number;
  user_agent: string;
}

export type TokenPurpose = 'email-confirm' | 'magic-link' | 'reset-pwd' | 'change-email';

export interface EmailTokensTable {
  token_hash: string;
  user_id: string;
  purpose: TokenPurpose;
  /** the address the link was mailed to (for change-email: the new address) */
  email: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface FilesTable {
  id: string;
  bucket: string;
  name: string;
  user_id: string;
  mime_type: string;
  size: number;
  data: Uint8Array;
  is_public: number;
  tags: string;
  uploaded_at: number;
  updated_at: number;
}

export interface OutboxTable {
  seq: Generated<number>;
  id: string;
  to_address: string;
  subject: string;
  action: string;
  link: string | null;
  text: string;
  html: string;
  created_at: number;
}

export interface CountersTable {
  key: string;
  count: number;
  window_start: number;
}

/** Browser and OS families an account has signed in from (new-sign-in notices). */
export interface KnownDevicesTable {
  user_id: string;
  /** "<browser family>|<OS family>", versions left out so that updates do not look like a new device */
  device: string;
  /** 1 once a sign-in (password or magic link) came from it; 0 when only seen while signing up (sign-up, confirmation link) */
  signed_in: number;
  first_seen_at: number;
  last_seen_at: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  email_tokens: EmailTokensTable;
  files: FilesTable;
  outbox: OutboxTable;
  counters: CountersTable;
  known_devices: KnownDevicesTable;
}

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** what the start-up durability check read back (R1) */
  durability: Record<string, string | number>;
  /** room kept free for deletes on a full disk (embedded database only) */
  reserve: SpaceReserve | null;
  close(): Promise<void>;
}

export class StartupError extends Error {}

/** Opens (or creates) the SQLite file and checks durability and integrity; any failure is one StartupError line. */
function openSqlite(dataDir: string): SQLite.Database {
  if (dataDir === ':memory:') return new SQLite(':memory:');
  let database: SQLite.Database | undefined;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    database = new SQLite(path.join(dataDir, 'altogic-local.sqlite'));
    database.pragma('journal_mode = WAL');
    // better-sqlite3 compiles WAL mode with synchronous=NORMAL, which can lose commits on power loss (R1).
    database.pragma('synchronous = FULL');
    database.pragma('busy_timeout = 5000');
    const integrity = database.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`the database file is corrupt (${String(integrity).split('\n')[0]})`);
  } catch (error) {
    database?.close();
    throw new StartupError(`cannot open the database in ${dataDir}: ${(error as Error).message.split('\n')[0]}`);
  }
  const journal = database.pragma('journal_mode', { simple: true });
  const synchronous = database.pragma('synchronous', { simple: true });
  if (journal !== 'wal' || synchronous !== 2) {
    database.close();
    throw new StartupError(
      `SQLite durability check failed: journal_mode=${String(journal)}, synchronous=${String(synchronous)} (need wal and 2)`,
    );
  }
  return database;
}

export async function openStore(options: { dataDir: string; databaseUrl: string | null }): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let durability: Record<string, string | number>;
  if (options.databaseUrl) {
    dialect = 'postgres';
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      // bigint columns hold millisecond timestamps: read them as numbers, not strings
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    let fsync;
    try {
      fsync = await sql<{ fsync: string }>`show fsync`.execute(db);
    } catch (error) {
      await db.destroy();
      throw new StartupError(
        `cannot connect to the PostgreSQL server of DATABASE_URL (${describeUrl(options.databaseUrl)}): ${(error as Error).message}`,
      );
    }
    const commit = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db);
    if (fsync.rows[0]?.fsync !== 'on' || commit.rows[0]?.synchronous_commit === 'off') {
      await db.destroy();
      throw new StartupError('PostgreSQL durability check failed: fsync and synchronous_commit must be on');
    }
    durability = { fsync: fsync.rows[0].fsync, synchronous_commit: commit.rows[0]?.synchronous_commit ?? '' };
  } else {
    dialect = 'sqlite';
    const database = openSqlite(options.dataDir);
    durability = {
      journal_mode: String(database.pragma('journal_mode', { simple: true })),
      synchronous: Number(database.pragma('synchronous', { simple: true })),
    };
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  }
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    const where = dialect === 'sqlite' ? `in ${options.dataDir}` : `of DATABASE_URL (${describeUrl(options.databaseUrl ?? '')})`;
    throw new StartupError(`cannot open the database ${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  const reserve = dialect === 'sqlite' && options.dataDir !== ':memory:' ? new SpaceReserve(reservePath(options.dataDir)) : null;
  reserve?.ensure();
  return { db, dialect, durability, reserve, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every query anew (SQLite parses and plans it each time): the hot paths (the
 * session of every authenticated call, its user) spent more time there than in the lookups. Read statements
 * are kept by their SQL, a bounded number (queries with IN lists differ by length). Safe because better-sqlite3 runs
 * each statement to completion synchronously and nothing here iterates a statement lazily.
 */
export function withStatementCache(database: SQLite.Database, max = 200): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const cached = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) return statement;
    // the prototype's method, looked up per call: whatever wraps it (the storage-fault tests) still applies
    statement = SQLite.prototype.prepare.call(database, sql);
    // SELECTs only: a write (RETURNING ones too) is prepared each time, so a full disk fails it where it always did
    if (/^\s*select\b/i.test(sql)) {
      if (cache.size >= max) cache.clear();
      cache.set(sql, statement);
    }
    return statement;
  };
  // an own property in front of the prototype's method: every other method keeps its native receiver
  database.prepare = cached as SQLite.Database['prepare'];
  return database;
}

/** host:port/database of a connection string, without credentials, for messages. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'unparsable URL';
  }
}

/** True when the error is a unique-constraint violation, in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
