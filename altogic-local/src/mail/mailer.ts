// Delivers mail to the development outbox (database) and, when SMTP_URL is set, through SMTP with nodemailer.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { appendToOutbox } from '../store/outbox.ts';
import { newObjectId } from '../security/tokens.ts';
import type { MailMessage } from './templates.ts';

const OUTBOX_CAP = 1000;
const SMTP_QUEUE_CAP = 1000;

export class Mailer {
  private readonly transport: Transporter | null;
  /** SMTP deliveries under way */
  private readonly pending = new Set<Promise<void>>();
  /** mail work deferred past an answer (`later`) */
  private readonly jobs = new Set<Promise<void>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: { keepOutbox: boolean; smtpUrl: string | null; from: string; now: () => number; log: (line: string) => void },
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  }

  /** Stores the message in the outbox before answering; SMTP delivery runs in the background (SEC-B2 timing). */
  async send(message: MailMessage): Promise<void> {
    if (this.options.keepOutbox) {
      await appendToOutbox(
        this.db,
        {
          id: newObjectId(),
          to_address: message.to,
          subject: message.subject,
          action: message.action,
          link: message.link,
          text: message.text,
          html: message.html,
          created_at: this.options.now(),
        },
        OUTBOX_CAP,
      );
    }
    if (this.transport) {
      if (this.pending.size >= SMTP_QUEUE_CAP) {
        this.options.log(`mail dropped: SMTP queue full (action=${message.action})`);
        return;
      }
      const delivery = this.transport
        .sendMail({ from: this.options.from, to: message.to, subject: message.subject, text: message.text, html: message.html })
        .then(
          () => undefined,
          (error: Error) => this.options.log(`mail delivery failed: ${error.message.split('\n')[0]} (action=${message.action})`),
        );
      const tracked = delivery.finally(() => this.pending.delete(tracked));
      this.pending.add(tracked);
    }
  }

  /**
   * Runs `job` once the current answer has gone out (the next turn of the event loop), and counts it until it is done.
   * For the mail endpoints (SEC-B2): only a real account gets a token and a stored mail, so that work must not delay
   * the answer, or the answer's time would tell whether the address has an account. A failure is logged.
   */
  later(job: () => Promise<void>): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(job)
      .catch((error: unknown) =>
        this.options.log(`mail job failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`),
      );
    const tracked = run.finally(() => this.jobs.delete(tracked));
    this.jobs.add(tracked);
  }

  /** Waits for the deferred mail work (`later`), not for SMTP: the outbox and the test resets read after it. */
  async settled(): Promise<void> {
    while (this.jobs.size > 0) await Promise.all([...this.jobs]);
  }

  /** Waits for deferred mail work and background SMTP deliveries (graceful shutdown, tests). */
  async flush(): Promise<void> {
    await this.settled();
    await Promise.all([...this.pending]);
  }

  close(): void {
    this.transport?.close();
  }
}
