// Development outbox (altogic-local/README.md): JSON API and a page a person reads. It holds live sign-in links, so it answers
// only when enabled, to a loopback peer naming this machine in Host (S18, local-only.ts); it gets no CORS grant.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { escapeHtml } from '../../mail/templates.ts';
import { clearOutbox, listOutbox, type OutboxRow } from '../../store/outbox.ts';
import { outboxGuard } from './local-only.ts';

function toWireMessage(row: OutboxRow) {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    action: row.action,
    link: row.link,
    text: row.text,
    html: row.html,
    createdAt: new Date(Number(row.created_at)).toISOString(),
  };
}

function renderPage(rows: OutboxRow[], to: string | undefined): string {
  const items = rows
    .slice()
    .reverse()
    .map((row) => {
      const link = row.link ? `<p><a href="${escapeHtml(row.link)}">${escapeHtml(row.link)}</a></p>` : '';
      return (
        `<article><h2>${escapeHtml(row.subject)}</h2>` +
        `<p class="meta">To <strong>${escapeHtml(row.to_address)}</strong> · ${escapeHtml(row.action)} · ` +
        `<time>${new Date(Number(row.created_at)).toISOString()}</time></p>` +
        `<pre>${escapeHtml(row.text)}</pre>${link}</article>`
      );
    })
    .join('\n');
  const filter = to ? ` for ${escapeHtml(to)}` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>altogic-local outbox</title>
<style>
body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
article{border:1px solid #ccc;border-radius:.5rem;padding:0 1rem;margin:1rem 0}
h2{font-size:1.1rem}.meta{color:#555;font-size:.9rem}pre{white-space:pre-wrap;font-family:inherit}
a{word-break:break-all}
</style></head>
<body><h1>Outbox${filter}</h1>
<p>Mail sent by altogic-local, newest first (${rows.length}). <a href="/_emulator/outbox">Show all</a></p>
<form method="get" action="/_emulator/outbox"><label>Recipient <input name="to" type="email" value="${escapeHtml(to ?? '')}"></label> <button>Filter</button></form>
${items || '<p>No mail yet.</p>'}
</body></html>`;
}

export function outboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = outboxGuard(ctx.outboxEnabled);
  const toQuery = { type: 'object', properties: { to: { type: 'string', maxLength: 400 } } } as const;
  const recipient = (request: FastifyRequest) => {
    const to = (request.query as { to?: string }).to;
    return to === undefined || to === '' ? undefined : to.trim().toLowerCase().replace(/ /g, '+');
  };

  app.get('/_emulator/v1/outbox', { onRequest: guard, schema: { querystring: toQuery } }, async (request, reply) => {
    // mails of the requests already answered are all here (the mail endpoints store theirs after answering)
    await ctx.mailer.settled();
    reply.header('cache-control', 'no-store');
    return { messages: (await listOutbox(ctx.db, recipient(request))).map(toWireMessage) };
  });

  app.delete('/_emulator/v1/outbox', { onRequest: guard }, async (_request, reply) => {
    await ctx.mailer.settled();
    await clearOutbox(ctx.db);
    reply.header('cache-control', 'no-store');
    return { messages: [] };
  });

  app.get('/_emulator/outbox', { onRequest: guard, schema: { querystring: toQuery } }, async (request, reply) => {
    const to = recipient(request);
    await ctx.mailer.settled();
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
      .header('referrer-policy', 'no-referrer');
    return reply.send(renderPage(await listOutbox(ctx.db, to), to));
  });
}
