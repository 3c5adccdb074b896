import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * A query of every authenticated call, built and compiled once per database (not per request: building and
 * compiling cost more than running it), then run with that call's parameters in the order the builder used.
 */
export function prepared<Row>(build: (db: Kysely<Database>) => Compilable<Row>) {
  const compiled = new WeakMap<Kysely<Database>, CompiledQuery<Row>>();
  return async (db: Kysely<Database>, ...parameters: unknown[]): Promise<Row[]> => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db).compile();
      compiled.set(db, query);
    }
    if (query.parameters.length !== parameters.length) throw new Error(`prepared query takes ${query.parameters.length} parameters`);
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
