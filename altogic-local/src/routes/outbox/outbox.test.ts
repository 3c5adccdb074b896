// The development outbox (altogic-local/README.md): JSON API, readable page with clickable links, loopback and dev only.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, uniqueEmail, type TestServer } from '../../testing/harness.ts';
import { isLoopback } from './local-only.ts';

/** A GET with a chosen Host header (fetch does not let a page choose it; a DNS-rebinding page gets its own name there). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('outbox', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('lists messages per recipient, oldest first, in the documented shape', async () => {
    const email = uniqueEmail('Mixed.Case');
    await t.client().auth.signUpWithEmail(email, PASSWORD);
    await t.client().auth.resendVerificationEmail(email);
    const response = await fetch(`${t.url}/_emulator/v1/outbox?to=${encodeURIComponent(email.toUpperCase())}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { messages } = (await response.json()) as { messages: Array<Record<string, unknown>> };
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(Object.keys(message).sort()).toEqual(['action', 'createdAt', 'html', 'id', 'link', 'subject', 'text', 'to']);
      expect(message).toMatchObject({ to: email.toLowerCase(), action: 'email-confirm' });
      expect(message['text']).toContain(message['link'] as string);
    }
    expect(Date.parse(messages[0]!['createdAt'] as string)).toBeLessThanOrEqual(Date.parse(messages[1]!['createdAt'] as string));
    expect(messages[0]!['link']).not.toBe(messages[1]!['link']);
  });

  it('the page shows subjects and clickable links, with user text escaped', async () => {
    const email = uniqueEmail('page');
    await t.client().auth.signUpWithEmail(email, PASSWORD, '<script>alert(1)</script>');
    const link = (await t.lastMail(email, 'email-confirm')).link!;
    const page = await fetch(`${t.url}/_emulator/outbox?to=${encodeURIComponent(email)}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('Confirm your email address');
    expect(html).toContain(`<a href="${link}">`);
    expect(html).not.toContain('<script>');
    const filtered = await (await fetch(`${t.url}/_emulator/outbox?to=%3Cscript%3E`)).text();
    expect(filtered).toContain('&lt;script&gt;');
    expect(filtered).not.toContain('<script>');
  });

  it("the page cannot be framed by another site (a hostile page would frame it from the developer's browser and clickjack its links)", async () => {
    const page = await fetch(`${t.url}/_emulator/outbox`);
    expect(page.status).toBe(200);
    const policy = (page.headers.get('content-security-policy') ?? '').split(';').map((d) => d.trim());
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('DELETE empties it', async () => {
    await t.client().auth.signUpWithEmail(uniqueEmail('gone'), PASSWORD);
    const response = await fetch(`${t.url}/_emulator/v1/outbox`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await t.outbox()).toEqual([]);
  });

  it('answers only to a loopback Host with this port: a rebound DNS name or a proxied Host gets 404', async () => {
    const email = uniqueEmail('rebind');
    await t.client().auth.signUpWithEmail(email, PASSWORD);
    const port = new URL(t.url).port;
    for (const path of ['/_emulator/v1/outbox', '/_emulator/outbox', '/_emulator/v1/info']) {
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
        expect((await getWithHost(`${t.url}${path}`, host)).status, `${path} with Host ${host}`).toBe(200);
      }
      for (const host of [
        `rebind.attacker.example:${port}`,
        'localhost',
        `localhost:${Number(port) + 1}`,
        `portal.example.com`,
        `127.0.0.1.nip.io:${port}`,
      ]) {
        const answer = await getWithHost(`${t.url}${path}`, host);
        expect(answer.status, `${path} with Host ${host}`).toBe(404);
        expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ code: 'not_found' }] });
        expect(answer.body).not.toContain(email);
      }
    }
  });

  it('recognises loopback peers only', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.5.5.5']) expect(isLoopback(address)).toBe(true);
    for (const address of ['10.0.0.1', '::ffff:192.168.1.2', '0.0.0.0', undefined]) expect(isLoopback(address)).toBe(false);
  });
});

describe('outbox disabled', () => {
  it('--outbox off answers 404 JSON and keeps no mail; info says so', async () => {
    const t = await startTestServer({ outbox: 'off' });
    try {
      await t.client().auth.signUpWithEmail(uniqueEmail('off'), PASSWORD);
      for (const path of ['/_emulator/v1/outbox', '/_emulator/outbox']) {
        const response = await fetch(`${t.url}${path}`);
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ errors: [{ code: 'not_found' }] });
      }
      expect(await t.server.store.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
      expect(await (await fetch(`${t.url}/_emulator/v1/info`)).json()).toMatchObject({ outboxUrl: null });
    } finally {
      await t.close();
    }
  });

  it('is off by default on a non-loopback bind or in production', async () => {
    const previous = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      const t = await startTestServer({ outbox: 'auto' });
      try {
        expect(t.server.outboxUrl).toBeNull();
      } finally {
        await t.close();
      }
    } finally {
      process.env['NODE_ENV'] = previous;
    }
    const open = await startTestServer({ outbox: 'auto', host: '0.0.0.0', publicUrl: 'http://localhost:1' });
    try {
      expect(open.server.outboxUrl).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('is off by default behind a public URL (a same-host reverse proxy forwards from 127.0.0.1); --outbox on still forces it', async () => {
    const proxied = await startTestServer({ outbox: 'auto', publicUrl: 'https://api.example.com' });
    try {
      expect(proxied.server.outboxUrl).toBeNull();
    } finally {
      await proxied.close();
    }
    for (const publicUrl of ['http://localhost:4999', 'http://127.0.0.1:4999', 'http://[::1]:4999']) {
      const local = await startTestServer({ outbox: 'auto', publicUrl });
      try {
        expect(local.server.outboxUrl, publicUrl).not.toBeNull();
      } finally {
        await local.close();
      }
    }
    const forced = await startTestServer({ outbox: 'on', publicUrl: 'https://api.example.com' });
    try {
      expect(forced.server.outboxUrl).toBe('https://api.example.com/_emulator/outbox');
    } finally {
      await forced.close();
    }
  });
});
