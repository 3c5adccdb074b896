import type SQLite from 'better-sqlite3';
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import { embeddedDatabase, type Database } from './database.ts';

/**
 * A query of every authenticated call, built and compiled once per database (not per request: building and
 * compiling cost more than running it), then run with that call's parameters in the order the builder used.
 * On the embedded database outside a transaction it runs as a kept better-sqlite3 statement, synchronously:
 * Kysely's SQLite driver queues every query on one connection mutex, a few promises per query (issue 15).
 */
export function prepared<Row>(build: (db: Kysely<Database>) => Compilable<Row>) {
  const compiled = new WeakMap<Kysely<Database>, CompiledQuery<Row>>();
  const statements = new WeakMap<SQLite.Database, SQLite.Statement>();
  return async (db: Kysely<Database>, ...parameters: unknown[]): Promise<Row[]> => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db).compile();
      compiled.set(db, query);
    }
    if (query.parameters.length !== parameters.length) throw new Error(`prepared query takes ${query.parameters.length} parameters`);
    const database = embeddedDatabase(db);
    if (database) {
      let statement = statements.get(database);
      if (!statement) {
        statement = database.prepare(query.sql);
        statements.set(database, statement);
      }
      return statement.all(parameters) as Row[];
    }
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
