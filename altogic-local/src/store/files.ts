import type { Kysely, Selectable } from 'kysely';
import type { Database, FilesTable } from './database.ts';

export type FileRow = Selectable<FilesTable>;
export type FileMeta = Omit<FileRow, 'data'>;

const META_COLUMNS = ['id', 'bucket', 'name', 'user_id', 'mime_type', 'size', 'is_public', 'tags', 'uploaded_at', 'updated_at'] as const;

export async function insertFile(db: Kysely<Database>, row: FilesTable): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

/** Finds a file of a bucket by id first, then by name (the client accepts either). */
export async function findFileMeta(db: Kysely<Database>, bucket: string, idOrName: string): Promise<FileMeta | undefined> {
  const byId = await db.selectFrom('files').select(META_COLUMNS).where('bucket', '=', bucket).where('id', '=', idOrName).executeTakeFirst();
  if (byId) return byId;
  return db.selectFrom('files').select(META_COLUMNS).where('bucket', '=', bucket).where('name', '=', idOrName).executeTakeFirst();
}

export async function readFile(db: Kysely<Database>, bucket: string, id: string): Promise<FileRow | undefined> {
  return db.selectFrom('files').selectAll().where('bucket', '=', bucket).where('id', '=', id).executeTakeFirst();
}

/** Bytes stored by one user and by everyone. */
export async function storedBytes(db: Kysely<Database>, userId: string): Promise<{ user: number; total: number }> {
  const row = await db
    .selectFrom('files')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('user_id', '=', userId).then(eb.ref('size')).else(0).end()), eb.lit(0)).as('user'),
      eb.fn.coalesce(eb.fn.sum<number>('size'), eb.lit(0)).as('total'),
    ])
    .executeTakeFirstOrThrow();
  return { user: Number(row.user), total: Number(row.total) };
}

export async function deleteFile(db: Kysely<Database>, id: string, userId: string): Promise<number> {
  const result = await db.deleteFrom('files').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
