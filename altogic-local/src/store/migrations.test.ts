import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { migrateToLatest, migrations, migratorOf } from './migrations.ts';

describe('migrateToLatest', () => {
  it('takes a database that ran a later migration before an earlier one arrived (two branches merged)', async () => {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
    const { '003_locale_and_session_ip': _arrivedLater, ...before } = migrations('sqlite');
    expect((await migratorOf(db, before).migrateToLatest()).error).toBeUndefined();

    await migrateToLatest(db, 'sqlite');
    const columns = await sql<{ name: string }>`select name from pragma_table_info('users')`.execute(db);
    expect(columns.rows.map((column) => column.name)).toEqual(expect.arrayContaining(['locale', 'sign_up_device']));
    await db.destroy();
  });
});
