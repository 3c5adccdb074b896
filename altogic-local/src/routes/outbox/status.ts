import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { sql } from 'kysely';
import { requireLocalHost } from './local-only.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function statusRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/_emulator/v1/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    await sql`select 1`.execute(ctx.db);
    return { status: 'ok', database: ctx.store.dialect, durability: ctx.store.durability };
  });

  // development information: for this machine only (health stays open for probes; it says nothing)
  app.get('/_emulator/v1/info', { onRequest: requireLocalHost }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return {
      name: 'altogic-local',
      version: VERSION,
      apiUrl: ctx.baseUrl(),
      outboxUrl: ctx.outboxEnabled ? `${ctx.baseUrl()}/_emulator/outbox` : null,
      emailVerification: ctx.config.emailVerification,
    };
  });
}
