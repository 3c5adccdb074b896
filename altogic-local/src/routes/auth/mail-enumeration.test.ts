// SEC-B2: send-magic, send-reset and resend do the same work before they answer whether or not the address has an
// account, so their time tells nothing. The token and the stored mail of a real account are written after the answer.
// Measured by what the database changed when the answer was sent, never by a clock (no timed assertions).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedDatabase } from '../../store/database.ts';
import { PASSWORD, startTestServer, uniqueEmail, verifiedUser, type TestServer } from '../../testing/harness.ts';

const API = '/_api/rest/v1';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Rows the database had changed for this request at the moment its answer was handed to the socket. */
async function changesBeforeAnswer(server: TestServer, path: string): Promise<{ status: number; changes: number }> {
  const database = embeddedDatabase(server.server.store.db);
  if (!database) throw new Error('the embedded database is busy');
  const totalChanges = database.prepare('select total_changes()').pluck();
  let changes = -1;
  const watch = (_request: IncomingMessage, response: ServerResponse) => {
    const before = totalChanges.get() as number;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.end = ((...args: unknown[]) => {
      changes = (totalChanges.get() as number) - before;
      return end(...args);
    }) as ServerResponse['end'];
  };
  server.server.httpServer.on('request', watch);
  try {
    const response = await server.api(path, { method: 'POST' });
    await response.arrayBuffer();
    return { status: response.status, changes };
  } finally {
    server.server.httpServer.off('request', watch);
  }
}

describe('mail endpoints and account enumeration by timing (SEC-B2)', () => {
  it('do the same database work before answering for an account and for an unknown address; the mail still goes', async () => {
    t = await startTestServer({ rateLimits: true });
    const verified = (await verifiedUser(t)).email;
    const unverified = uniqueEmail('unverified');
    expect((await t.client().auth.signUpWithEmail(unverified, PASSWORD)).errors).toBeNull();
    t.clock.advance(61_000); // the sign-up mails' per-recipient cooldown has passed

    const cases = [
      { route: 'send-magic', account: verified, action: 'magic-link' },
      { route: 'send-reset', account: verified, action: 'reset-pwd' },
      { route: 'resend', account: unverified, action: 'email-confirm' },
    ];
    for (const { route, account, action } of cases) {
      const unknown = uniqueEmail('ghost');
      const mailsOf = async (to: string) => (await t!.outbox(to)).filter((m) => m.action === action).length;
      const mailedBefore = await mailsOf(account);
      const forUnknown = await changesBeforeAnswer(t, `${API}/auth/${route}?email=${unknown}`);
      const forAccount = await changesBeforeAnswer(t, `${API}/auth/${route}?email=${account}`);
      expect(forUnknown.status, route).toBe(200);
      expect(forAccount, route).toEqual(forUnknown);
      expect(await mailsOf(account), route).toBe(mailedBefore + 1);
      expect(await t.outbox(unknown), route).toEqual([]);
      t.clock.advance(61_000);
    }
  });
});
