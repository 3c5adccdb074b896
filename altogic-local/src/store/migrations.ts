import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { Database, Dialect } from './database.ts';

// Column types are the same in both dialects except binary data and the outbox's auto-increment key.
export function migrations(dialect: Dialect): Record<string, Migration> {
  const binary = dialect === 'postgres' ? sql`bytea` : sql`blob`;
  return {
    '001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('email', 'text', (c) => c.notNull().unique())
          .addColumn('email_verified', 'integer', (c) => c.notNull())
          .addColumn('name', 'text')
          .addColumn('profile_picture', 'text')
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('sign_up_at', 'bigint', (c) => c.notNull())
          .addColumn('last_login_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('handle', 'text', (c) => c.notNull().unique())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('last_used_at', 'bigint', (c) => c.notNull())
          .addColumn('user_agent', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
        await db.schema
          .createTable('email_tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('purpose', 'text', (c) => c.notNull())
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('expires_at', 'bigint', (c) => c.notNull())
          .addColumn('used_at', 'bigint')
          .execute();
        await db.schema.createIndex('email_tokens_user_id').on('email_tokens').column('user_id').execute();
        await db.schema
          .createTable('files')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('bucket', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('mime_type', 'text', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('data', binary, (c) => c.notNull())
          .addColumn('is_public', 'integer', (c) => c.notNull())
          .addColumn('tags', 'text', (c) => c.notNull())
          .addColumn('uploaded_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addUniqueConstraint('files_bucket_name', ['bucket', 'name'])
          .execute();
        await db.schema
          .createTable('outbox')
          .addColumn('seq', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('to_address', 'text', (c) => c.notNull())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('link', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('html', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('outbox_to_address').on('outbox').column('to_address').execute();
        await db.schema
          .createTable('counters')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('count', 'integer', (c) => c.notNull())
          .addColumn('window_start', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
    '002_known_devices': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('known_devices')
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('device', 'text', (c) => c.notNull())
          .addColumn('signed_in', 'integer', (c) => c.notNull())
          .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
          .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('known_devices_pk', ['user_id', 'device'])
          .execute();
      },
    },
    '003_locale_and_session_ip': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('users').addColumn('locale', 'text').execute();
        await db.schema.alterTable('sessions').addColumn('ip', 'text').execute();
      },
    },
    '004_sign_up_device': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('users').addColumn('sign_up_device', 'text').execute();
      },
    },
  };
}

/** The migrator over `list`, keeping its record in altogic-local's own tables. */
export function migratorOf(db: Kysely<Database>, list: Record<string, Migration>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => list },
    migrationTableName: 'altogic_local_migrations',
    migrationLockTableName: 'altogic_local_migrations_lock',
    // Each migration only adds what it names (no two touch the same column), so one that arrives after a later one
    // already ran (two branches merged: 003 after 004) is applied instead of refusing to start.
    allowUnorderedMigrations: true,
  });
}

export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const { error } = await migratorOf(db, migrations(dialect)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
