import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { checkDatabase } from '../../store/health-checks.ts';
import { requireLocalHost } from './local-only.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function statusRoutes(app: FastifyInstance, ctx: AppContext): void {
  // 503 when the database cannot be read or written or the disk is full, so that supervisors and monitors see it
  app.get('/_emulator/v1/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const checks = await checkDatabase(ctx.store, ctx.now());
    const ok = checks.read === 'ok' && checks.write === 'ok' && checks.space === 'ok';
    reply.code(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'failing', database: ctx.store.dialect, durability: ctx.store.durability, checks };
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
