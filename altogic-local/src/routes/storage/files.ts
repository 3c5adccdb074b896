// storage.bucket(b): uploads (multipart and JSON-stringified bodies), file operations, public serving (S10, S11).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import { publicFileUrl } from '../../context.ts';
import { ApiError, ErrorCode, insufficientStorage, validation } from '../../errors.ts';
import { JSON_BODY_LIMIT } from '../../http/body-limits.ts';
import { ROUTE_LIMITS } from '../../security/rate-limits.ts';
import { newObjectId } from '../../security/tokens.ts';
import { isUniqueViolation, type Database } from '../../store/database.ts';
import { isStorageFull } from '../../store/space-reserve.ts';
import { deleteFile, findFileMeta, insertFile, readFile, storedBytes, type FileMeta } from '../../store/files.ts';
import { toWireFile, type WireFile } from '../../wire.ts';
import type { Authenticated } from '../auth/session-auth.ts';
import { sessionBeforeBody, sessionOf } from '../session-first.ts';
import { rateLimited } from '../limits.ts';
import { str } from '../schemas.ts';
import { assertAcceptableImage, extensionOf, sanitizeFileName } from './image-checks.ts';

/** Advisory lock key of uploads on PostgreSQL (quota checks). */
const UPLOAD_QUOTA_LOCK = 0x616c746f;

/** The one bucket of altogic-local: public, like Altogic's default `root` bucket. */
export const ROOT_BUCKET = 'root';

const uploadQuerySchema = {
  type: 'object',
  required: ['bucket', 'fileName'],
  properties: { bucket: str(200), fileName: str(1000), options: str(4000) },
} as const;

const replaceQuerySchema = {
  type: 'object',
  required: ['bucket', 'file'],
  properties: { bucket: str(200), file: str(1000), options: str(4000) },
} as const;

const fileBodySchema = {
  type: 'object',
  required: ['file', 'bucket'],
  additionalProperties: false,
  properties: { file: str(1000), bucket: str(200) },
} as const;

interface UploadOptions {
  isPublic: boolean;
  tags: string[];
}

function parseUploadOptions(raw: string | undefined, replacing?: FileMeta): UploadOptions {
  const options: UploadOptions = replacing
    ? { isPublic: Boolean(replacing.is_public), tags: JSON.parse(replacing.tags) as string[] }
    : { isPublic: true, tags: [] };
  if (raw === undefined || raw === '') return options;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw validation('The upload options are not valid JSON.', { field: 'options' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw validation('The upload options must be an object.', { field: 'options' });
  const { isPublic, tags, contentType, createBucket } = parsed as Record<string, unknown>;
  if (isPublic !== undefined && typeof isPublic !== 'boolean')
    throw validation('isPublic must be a boolean.', { field: 'options.isPublic' });
  if (contentType !== undefined && typeof contentType !== 'string')
    throw validation('contentType must be a string.', { field: 'options.contentType' });
  if (createBucket !== undefined && typeof createBucket !== 'boolean')
    throw validation('createBucket must be a boolean.', { field: 'options.createBucket' });
  if (typeof isPublic === 'boolean') options.isPublic = isPublic;
  const tagList = typeof tags === 'string' ? [tags] : tags === undefined || tags === null ? [] : tags;
  if (!Array.isArray(tagList) || tagList.length > 20 || !tagList.every((t) => typeof t === 'string' && t.length <= 100)) {
    throw validation('tags must be a list of short strings.', { field: 'options.tags' });
  }
  if (tags !== undefined) options.tags = tagList as string[];
  return options;
}

function assertBucket(bucket: string): string {
  if (bucket !== ROOT_BUCKET) throw new ApiError(404, ErrorCode.bucketNotFound, 'This storage bucket does not exist.');
  return bucket;
}

/** Appends a short random suffix before the extension: a second upload under one name gets a unique name. */
function uniqueVariant(name: string): string {
  const suffix = newObjectId().slice(0, 8);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${suffix}${name.slice(dot)}` : `${name}-${suffix}`;
}

const mebibytes = (bytes: number) => `${Math.floor((bytes / 1048576) * 10) / 10} MiB`;

/**
 * Refuses an upload that would take its user or all users past their quota (`added`: its size less the size of the
 * file it replaces). Inside the upload's transaction; PostgreSQL uploads take a lock so that two cannot both fit.
 */
async function assertQuota(ctx: AppContext, trx: Kysely<Database>, userId: string, added: number): Promise<void> {
  const { uploadQuotaPerUserBytes: perUser, uploadQuotaTotalBytes: total } = ctx.config;
  if (perUser === 0 && total === 0) return;
  if (ctx.store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${UPLOAD_QUOTA_LOCK})`.execute(trx);
  const used = await storedBytes(trx, userId);
  if (perUser > 0 && used.user + added > perUser) {
    throw new ApiError(
      413,
      ErrorCode.storageQuotaExceeded,
      `You can keep at most ${mebibytes(perUser)} of files. Delete some to upload more.`,
    );
  }
  if (total > 0 && used.total + added > total) {
    throw new ApiError(413, ErrorCode.storageQuotaExceeded, 'The server has no room for more files right now.');
  }
}

interface UploadRequest {
  bucket: string;
  fileName: string;
  rawOptions: string | undefined;
  bytes: Uint8Array;
  /** replace this file: same name, new content under a new id (so the immutable public URL never changes content) */
  replacing?: FileMeta;
}

async function storeUpload(ctx: AppContext, auth: Authenticated, upload: UploadRequest): Promise<WireFile> {
  const bucket = assertBucket(upload.bucket);
  const options = parseUploadOptions(upload.rawOptions, upload.replacing);
  const { bytes, replacing } = upload;
  if (bytes.length > ctx.config.uploadLimitBytes) {
    throw new ApiError(413, ErrorCode.payloadTooLarge, `Files can be at most ${Math.floor(ctx.config.uploadLimitBytes / 1048576)} MiB.`);
  }
  const mimeType = assertAcceptableImage(bytes);
  // while a full disk has used up the space reserve, its room is kept for deletes
  if (ctx.store.reserve && !ctx.store.reserve.ensure()) throw insufficientStorage();
  const now = ctx.now();
  const id = newObjectId();
  let baseName = replacing ? replacing.name : sanitizeFileName(upload.fileName);
  if (!baseName.includes('.')) baseName = `${baseName}.${extensionOf(mimeType)}`;
  let name = baseName;
  for (let attempt = 0; ; attempt += 1) {
    const row = {
      id,
      bucket,
      name,
      user_id: auth.user.id,
      mime_type: mimeType,
      size: bytes.length,
      data: bytes,
      is_public: options.isPublic ? 1 : 0,
      tags: JSON.stringify(options.tags),
      uploaded_at: replacing ? replacing.uploaded_at : now,
      updated_at: now,
    };
    try {
      await ctx.db.transaction().execute(async (trx) => {
        await assertQuota(ctx, trx, auth.user.id, bytes.length - (replacing?.size ?? 0));
        if (replacing && (await deleteFile(trx, replacing.id, auth.user.id)) !== 1) {
          throw new ApiError(404, ErrorCode.fileNotFound, 'This file does not exist.');
        }
        await insertFile(trx, row);
      });
      return toWireFile(row, publicFileUrl(ctx, bucket, id));
    } catch (error) {
      if (!isUniqueViolation(error) || replacing || attempt >= 5) throw error;
      name = uniqueVariant(baseName);
    }
  }
}

/** The client JSON-stringifies non-Blob bodies (docs/wire-contract.md §7.2): decode the Buffer form, refuse the rest. */
function bytesFromBody(body: unknown): Uint8Array {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'Buffer') {
    const data = (body as { data?: unknown }).data;
    if (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) return Uint8Array.from(data as number[]);
  }
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  throw validation('The file body is missing or in a form this server cannot read. Upload a Blob or File instead.', { field: 'file' });
}

/** The single file part of a multipart body, whatever its field name (docs/wire-contract.md §7.1). */
async function readMultipartFile(request: FastifyRequest): Promise<Uint8Array> {
  if (!request.isMultipart()) throw new ApiError(415, ErrorCode.contentTypeError, 'Send the file as multipart/form-data.');
  let bytes: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (bytes) throw new ApiError(413, ErrorCode.payloadTooLarge, 'Upload one file at a time.');
        bytes = await part.toBuffer();
      }
    }
  } catch (error) {
    // busboy's parse errors (no boundary, truncated body) carry no status: they are the caller's mistake
    const known = error instanceof ApiError || typeof (error as { statusCode?: unknown }).statusCode === 'number';
    throw known ? error : validation('The multipart body is malformed.');
  }
  if (!bytes) throw validation('The request contains no file.', { field: 'file' });
  return bytes;
}

async function ownFile(ctx: AppContext, auth: Authenticated, bucket: string, idOrName: string): Promise<FileMeta> {
  const file = await findFileMeta(ctx.db, assertBucket(bucket), idOrName);
  // another user's file answers like a missing one: names must not be probed (no 403/404 oracle)
  if (!file || file.user_id !== auth.user.id) throw new ApiError(404, ErrorCode.fileNotFound, 'This file does not exist.');
  return file;
}

/** A delete that fails on a full disk is tried once more after the space reserve is released for it. */
async function withRoomToDelete<T>(ctx: AppContext, remove: () => Promise<T>): Promise<T> {
  try {
    return await remove();
  } catch (error) {
    if (!isStorageFull(error) || !ctx.store.reserve?.release()) throw error;
    ctx.log('storage: the disk is full; the space reserve was released for a delete');
    return remove();
  }
}

function sendFileHeaders(reply: FastifyReply, file: { mime_type: string; name: string; size: number }): FastifyReply {
  const asciiName = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('content-type', file.mime_type)
    .header('content-length', String(file.size))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-disposition', `inline; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('cross-origin-resource-policy', 'cross-origin');
}

const RAW_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/octet-stream'];

/** Register inside its own plugin scope: the raw-body parser must not reach the JSON routes. */
export function storageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const uploadLimit = rateLimited(ctx, ROUTE_LIMITS.upload);
  // every storage route needs a session
  app.addHook('onRequest', sessionBeforeBody(ctx));
  // a raw body with its real type is accepted too (docs/wire-contract.md §7.2: callers other than the 2.3.9 client)
  app.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer', bodyLimit: ctx.config.uploadLimitBytes + 1 }, (_request, body, done) =>
    done(null, body),
  );
  // A JSON-stringified upload past the JSON limit is read to its end (the caller has a session) and then refused
  // unparsed: refusing on Content-Length closes the connection mid-upload, which the client sees as a network error.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const jsonUploadReadLimit = ctx.config.uploadLimitBytes * 4 + 1024;
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body !== 'string' || Buffer.byteLength(body) > JSON_BODY_LIMIT) {
      done(new ApiError(413, ErrorCode.payloadTooLarge, 'The request or file is too large.'), undefined);
      return;
    }
    parseJson(request, body, done);
  });

  app.post('/storage/bucket/upload-formdata', { schema: { querystring: uploadQuerySchema }, config: uploadLimit }, async (request) => {
    const auth = await sessionOf(ctx, request);
    const query = request.query as { bucket: string; fileName: string; options?: string };
    const bytes = await readMultipartFile(request);
    // status exactly 200: the client's XHR path treats anything else as an error
    return storeUpload(ctx, auth, { bucket: query.bucket, fileName: query.fileName, rawOptions: query.options, bytes });
  });

  app.post(
    '/storage/bucket/upload-object',
    { schema: { querystring: uploadQuerySchema }, config: uploadLimit, bodyLimit: jsonUploadReadLimit },
    async (request) => {
      const auth = await sessionOf(ctx, request);
      const query = request.query as { bucket: string; fileName: string; options?: string };
      return storeUpload(ctx, auth, {
        bucket: query.bucket,
        fileName: query.fileName,
        rawOptions: query.options,
        bytes: bytesFromBody(request.body),
      });
    },
  );

  app.post(
    '/storage/bucket/file/replace-formdata',
    { schema: { querystring: replaceQuerySchema }, config: uploadLimit },
    async (request) => {
      const auth = await sessionOf(ctx, request);
      const query = request.query as { bucket: string; file: string; options?: string };
      const replacing = await ownFile(ctx, auth, query.bucket, query.file);
      const bytes = await readMultipartFile(request);
      return storeUpload(ctx, auth, { bucket: query.bucket, fileName: replacing.name, rawOptions: query.options, bytes, replacing });
    },
  );

  app.post(
    '/storage/bucket/file/replace-object',
    { schema: { querystring: replaceQuerySchema }, config: uploadLimit, bodyLimit: jsonUploadReadLimit },
    async (request) => {
      const auth = await sessionOf(ctx, request);
      const query = request.query as { bucket: string; file: string; options?: string };
      const replacing = await ownFile(ctx, auth, query.bucket, query.file);
      const bytes = bytesFromBody(request.body);
      return storeUpload(ctx, auth, { bucket: query.bucket, fileName: replacing.name, rawOptions: query.options, bytes, replacing });
    },
  );

  app.post('/storage/bucket/file/delete', { schema: { body: fileBodySchema } }, async (request) => {
    const auth = await sessionOf(ctx, request);
    const { file, bucket } = request.body as { file: string; bucket: string };
    const meta = await ownFile(ctx, auth, bucket, file);
    await withRoomToDelete(ctx, () => deleteFile(ctx.db, meta.id, auth.user.id));
    return {};
  });

  app.post('/storage/bucket/file/exists', { schema: { body: fileBodySchema } }, async (request) => {
    const auth = await sessionOf(ctx, request);
    const { file, bucket } = request.body as { file: string; bucket: string };
    const meta = await findFileMeta(ctx.db, assertBucket(bucket), file);
    // another user's file is found only by its id, and only when public (its public URL shows the id): its name must
    // not be probed, as with get, download and delete
    return Boolean(meta && (meta.user_id === auth.user.id || (meta.is_public && meta.id === file)));
  });

  app.post('/storage/bucket/file/get', { schema: { body: fileBodySchema } }, async (request) => {
    const auth = await sessionOf(ctx, request);
    const { file, bucket } = request.body as { file: string; bucket: string };
    const meta = await ownFile(ctx, auth, bucket, file);
    return toWireFile(meta, publicFileUrl(ctx, meta.bucket, meta.id));
  });

  app.post('/storage/bucket/file/download', { schema: { body: fileBodySchema } }, async (request, reply) => {
    const auth = await sessionOf(ctx, request);
    const { file, bucket } = request.body as { file: string; bucket: string };
    const meta = await ownFile(ctx, auth, bucket, file);
    const row = await readFile(ctx.db, meta.bucket, meta.id);
    if (!row) throw new ApiError(404, ErrorCode.fileNotFound, 'This file does not exist.');
    sendFileHeaders(reply, row).header('cache-control', 'no-store');
    return reply.send(Buffer.from(row.data));
  });

  app.post(
    '/storage/bucket/exists',
    { schema: { body: { type: 'object', required: ['bucket'], additionalProperties: false, properties: { bucket: str(200) } } } },
    async (request) => {
      await sessionOf(ctx, request);
      return (request.body as { bucket: string }).bucket === ROOT_BUCKET;
    },
  );

  app.post(
    '/storage/bucket/get',
    {
      schema: {
        body: {
          type: 'object',
          required: ['bucket'],
          additionalProperties: false,
          properties: { bucket: str(200), detailed: { type: 'boolean' } },
        },
      },
    },
    async (request) => {
      await sessionOf(ctx, request);
      assertBucket((request.body as { bucket: string }).bucket);
      const epoch = new Date(0).toISOString();
      return { _id: ROOT_BUCKET, name: ROOT_BUCKET, isPublic: true, createdAt: epoch, updatedAt: epoch, userId: null, tags: [] };
    },
  );
}

/** Public file URLs: plain GETs from <img> tags, no session, no CORS (docs/wire-contract.md §7.5). */
export function publicFileRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/_storage/:bucket/:fileId',
    { schema: { params: { type: 'object', required: ['bucket', 'fileId'], properties: { bucket: str(200), fileId: str(100) } } } },
    async (request, reply) => {
      const { bucket, fileId } = request.params as { bucket: string; fileId: string };
      // looked up by id in the database: no request path ever reaches a file system (S10)
      const row = /^[a-f0-9]{24}$/.test(fileId) ? await readFile(ctx.db, bucket, fileId) : undefined;
      if (!row || !row.is_public) throw new ApiError(404, ErrorCode.fileNotFound, 'This file does not exist.');
      // ids are never reused, so the content behind a URL never changes
      sendFileHeaders(reply, row).header('cache-control', 'public, max-age=31536000, immutable');
      return reply.send(Buffer.from(row.data));
    },
  );
}
