// The mails altogic-local sends. Content is not part of the wire contract; links are built by the caller from
// configuration only (S17). The words are in ./texts.ts, one catalog per language (./locale.ts chooses).
import { DEFAULT_MAIL_LOCALE, type MailLocale } from './locale.ts';
import { MAIL_TEXTS, type LinkMailTexts } from './texts.ts';

export type MailAction =
  | 'email-confirm'
  | 'magic-link'
  | 'reset-pwd'
  | 'change-email'
  // security notices: no link, no secret (no token, password or sign-in link)
  | 'password-changed'
  | 'email-changed'
  | 'new-sign-in';

export interface MailMessage {
  to: string;
  subject: string;
  action: MailAction;
  link: string | null;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function withLink(to: string, action: MailAction, { subject, intro, button, outro }: LinkMailTexts, link: string): MailMessage {
  return {
    to,
    subject,
    action,
    link,
    text: `${intro}\n\n${button}: ${link}\n\n${outro}\n`,
    html: `<p>${escapeHtml(intro)}</p>` + `<p><a href="${escapeHtml(link)}">${escapeHtml(button)}</a></p>` + `<p>${escapeHtml(outro)}</p>`,
  };
}

type NoticeAction = 'password-changed' | 'email-changed' | 'new-sign-in';

/** A security notice: paragraphs of plain text, `link: null`. */
function notice(to: string, action: NoticeAction, subject: string, paragraphs: string[]): MailMessage {
  return {
    to,
    subject,
    action,
    link: null,
    text: `${paragraphs.join('\n\n')}\n`,
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
  };
}

/** `2025-06-01 12:34 UTC`: the same for every reader, whatever their time zone. */
export function mailTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `j***@example.test`: enough for the owner to recognise, not a full address handed to whoever reads the old inbox. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** The mails in every language: a link mail's subject, intro, button and outro, or a notice's subject and paragraphs. */
export const mails = {
  confirmEmail: (to: string, link: string, locale: MailLocale = DEFAULT_MAIL_LOCALE) =>
    withLink(to, 'email-confirm', MAIL_TEXTS[locale].confirmEmail, link),
  magicLink: (to: string, link: string, locale: MailLocale = DEFAULT_MAIL_LOCALE) =>
    withLink(to, 'magic-link', MAIL_TEXTS[locale].magicLink, link),
  resetPassword: (to: string, link: string, locale: MailLocale = DEFAULT_MAIL_LOCALE) =>
    withLink(to, 'reset-pwd', MAIL_TEXTS[locale].resetPassword, link),
  confirmNewEmail: (to: string, link: string, locale: MailLocale = DEFAULT_MAIL_LOCALE) =>
    withLink(to, 'change-email', MAIL_TEXTS[locale].confirmNewEmail, link),
  passwordChanged: (to: string, how: 'changed' | 'reset', at: number, locale: MailLocale = DEFAULT_MAIL_LOCALE) => {
    const texts = MAIL_TEXTS[locale].passwordChanged;
    return notice(to, 'password-changed', texts.subject, texts.paragraphs(how, mailTime(at)));
  },
  emailChanged: (oldEmail: string, newEmail: string, at: number, locale: MailLocale = DEFAULT_MAIL_LOCALE) => {
    const texts = MAIL_TEXTS[locale].emailChanged;
    return notice(oldEmail, 'email-changed', texts.subject, texts.paragraphs(maskEmail(newEmail), mailTime(at)));
  },
  /** `device` names are families from the User-Agent, or null when unknown. */
  newSignIn: (to: string, device: { browser: string | null; os: string | null }, at: number, locale: MailLocale = DEFAULT_MAIL_LOCALE) => {
    const texts = MAIL_TEXTS[locale].newSignIn;
    return notice(to, 'new-sign-in', texts.subject, texts.paragraphs(device, mailTime(at)));
  },
};
