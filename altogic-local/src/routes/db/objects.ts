// db.model("users").object(id) — the caller's own record only; only name, profilePicture and locale are writable (S9).
// locale is the language of the user's mails (mail/locale.ts): one of MAIL_LOCALES, or null to follow the browser.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { publicFileUrl } from '../../context.ts';
import { ApiError, ErrorCode, notImplemented, validation } from '../../errors.ts';
import { MAIL_LOCALES, supportedLocale } from '../../mail/locale.ts';
import { normalizeName } from '../../security/input.ts';
import { findFileMeta } from '../../store/files.ts';
import { updateUser, type UserRow } from '../../store/users.ts';
import { toWireUser } from '../../wire.ts';
import { sessionBeforeBody, sessionOf } from '../session-first.ts';
import { str } from '../schemas.ts';

const WRITABLE = ['name', 'profilePicture', 'locale'] as const;
type Writable = (typeof WRITABLE)[number];

const optionsSchema = { type: 'object' } as const;
const idProps = { id: str(100), model: str(100), options: optionsSchema } as const;
const valueSchema = { anyOf: [str(2000), { type: 'null' }] } as const;

const getSchema = {
  body: {
    type: 'object',
    required: ['model'],
    additionalProperties: false,
    properties: { ...idProps, lookups: { type: 'array', maxItems: 20 } },
  },
} as const;

const updateSchema = {
  body: {
    type: 'object',
    required: ['values', 'model', 'id'],
    additionalProperties: false,
    properties: {
      ...idProps,
      values: {
        type: 'object',
        additionalProperties: false,
        properties: { name: valueSchema, profilePicture: valueSchema, locale: valueSchema },
      },
    },
  },
} as const;

const updateFieldsSchema = {
  body: {
    type: 'object',
    required: ['updates', 'model', 'id'],
    additionalProperties: false,
    properties: {
      ...idProps,
      updates: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          required: ['field', 'updateType'],
          additionalProperties: false,
          properties: { field: { enum: [...WRITABLE] }, updateType: { enum: ['set', 'unset'] }, value: valueSchema },
        },
      },
    },
  },
} as const;

async function ownRecord(ctx: AppContext, request: FastifyRequest): Promise<UserRow> {
  const auth = await sessionOf(ctx, request);
  const { model, id } = request.body as { model: string; id?: string };
  if (model !== 'users') throw new ApiError(404, ErrorCode.modelNotFound, 'This data model does not exist.');
  // the same answer whether another id exists or not (SEC-E1)
  if (id !== auth.user.id) throw new ApiError(403, ErrorCode.forbidden, 'You can only access your own account.');
  return auth.user;
}

/** profilePicture: empty, or the publicPath of one of the caller's own files on this server (SEC-E4). */
async function checkProfilePicture(ctx: AppContext, userId: string, value: string): Promise<void> {
  const refuse = () => validation('The profile picture must be an image uploaded to this server.', { field: 'profilePicture' });
  const base = `${ctx.baseUrl()}/_storage/`;
  if (!value.startsWith(base)) throw refuse();
  const rest = value.slice(base.length).split('/');
  if (rest.length !== 2) throw refuse();
  let parts: string[];
  try {
    parts = rest.map((part) => decodeURIComponent(part));
  } catch {
    // a broken percent-escape (`%E0%A4%A`) names no file: refused like any other value, never a 500 (R4)
    throw refuse();
  }
  const [bucket, fileId] = parts as [string, string];
  const file = await findFileMeta(ctx.db, bucket, fileId);
  if (!file || file.id !== fileId || file.user_id !== userId || publicFileUrl(ctx, bucket, fileId) !== value) throw refuse();
}

async function applyChanges(ctx: AppContext, user: UserRow, changes: Map<Writable, string | null>): Promise<UserRow> {
  const patch: { name?: string | null; profile_picture?: string | null; locale?: string | null; updated_at: number } = {
    updated_at: ctx.now(),
  };
  for (const [field, value] of changes) {
    const empty = value === null || value.trim() === '';
    if (field === 'name') patch.name = empty ? null : normalizeName(value!);
    else if (field === 'locale') {
      const locale = empty ? null : supportedLocale(value);
      if (!empty && !locale) throw validation(`The locale must be one of ${MAIL_LOCALES.join(', ')}.`, { field: 'locale' });
      patch.locale = locale;
    } else {
      if (!empty) await checkProfilePicture(ctx, user.id, value!);
      patch.profile_picture = empty ? null : value;
    }
  }
  return (await updateUser(ctx.db, user.id, patch)) ?? user;
}

export function dbRoutes(app: FastifyInstance, ctx: AppContext): void {
  const onRequest = sessionBeforeBody(ctx);
  app.post('/db/object/get', { schema: getSchema, onRequest }, async (request) => toWireUser(await ownRecord(ctx, request)));

  app.post('/db/object/update', { schema: updateSchema, onRequest }, async (request) => {
    const user = await ownRecord(ctx, request);
    const { values } = request.body as { values: Partial<Record<Writable, string | null>> };
    const changes = new Map<Writable, string | null>();
    for (const field of WRITABLE) if (field in values) changes.set(field, values[field] ?? null);
    return toWireUser(await applyChanges(ctx, user, changes));
  });

  app.post('/db/object/update-fields', { schema: updateFieldsSchema, onRequest }, async (request) => {
    const user = await ownRecord(ctx, request);
    const { updates } = request.body as { updates: Array<{ field: Writable; updateType: 'set' | 'unset'; value?: string | null }> };
    const changes = new Map<Writable, string | null>();
    for (const update of updates) {
      if (update.updateType === 'set' && update.value === undefined)
        throw validation('A value is required for "set".', { field: update.field });
      changes.set(update.field, update.updateType === 'unset' ? null : (update.value ?? null));
    }
    return toWireUser(await applyChanges(ctx, user, changes));
  });

  // Records are created by sign-up and never deleted through the object API.
  for (const path of ['/db/object/create', '/db/object/delete', '/db/object/set', '/db/object/append']) {
    app.post(path, { onRequest }, async (request) => {
      await sessionOf(ctx, request);
      const model = (request.body as { model?: unknown } | undefined)?.model;
      if (model !== 'users') throw new ApiError(404, ErrorCode.modelNotFound, 'This data model does not exist.');
      if (path.endsWith('create') || path.endsWith('delete')) {
        throw new ApiError(403, ErrorCode.forbidden, 'Accounts cannot be created or deleted this way.');
      }
      throw notImplemented();
    });
  }
}
