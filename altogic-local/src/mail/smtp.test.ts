// SMTP_URL: mail also goes through a real SMTP server (smtp-server listening on loopback), not a mock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { PASSWORD, startTestServer, uniqueEmail, type TestServer } from '../testing/harness.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('SMTP delivery', () => {
  const received: Received[] = [];
  let smtp: SMTPServer;
  let t: TestServer;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Portal <no-reply@portal.test>' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the confirmation mail with the same link as the outbox', async () => {
    const email = uniqueEmail('smtp');
    const { errors } = await t.client().auth.signUpWithEmail(email, PASSWORD, 'Mailed');
    expect(errors).toBeNull();
    const outboxMail = await t.lastMail(email, 'email-confirm');
    let mail: Received | undefined;
    for (let i = 0; i < 100 && !mail; i += 1) {
      mail = received.find((m) => m.to.includes(email));
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(mail, 'the SMTP server received no message').toBeDefined();
    expect(mail!.from).toBe('no-reply@portal.test');
    expect(mail!.raw).toMatch(/^Subject: Confirm your email address\r?$/m);
    expect(decodeQuotedPrintable(mail!.raw)).toContain(outboxMail.link!);
  });

  it('an unreachable SMTP server does not fail the request; the outbox still has the mail', async () => {
    const broken = await startTestServer({ smtpUrl: 'smtp://127.0.0.1:9', log: () => {} });
    try {
      const email = uniqueEmail('smtp-down');
      expect((await broken.client().auth.signUpWithEmail(email, PASSWORD)).errors).toBeNull();
      expect((await broken.outbox(email))[0]?.action).toBe('email-confirm');
    } finally {
      await broken.close();
    }
  });
});
