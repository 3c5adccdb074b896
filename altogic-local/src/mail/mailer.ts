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
  private readonly pending = new Set<Promise<void>>();

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

  /** Waits for background SMTP deliveries (graceful shutdown, tests). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  close(): void {
    this.transport?.close();
  }
}
