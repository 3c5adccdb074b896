// The mails altogic-local sends. Content is not part of the wire contract; links are built by the caller from
// configuration only (S17).

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

function withLink(
  to: string,
  action: MailAction,
  subject: string,
  intro: string,
  button: string,
  link: string,
  outro: string,
): MailMessage {
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

const IF_NOT_YOU_RESET = 'If it was not you, reset your password now with "Forgot password" on the sign-in page.';

export const mails = {
  confirmEmail: (to: string, link: string) =>
    withLink(
      to,
      'email-confirm',
      'Confirm your email address',
      'Welcome! Please confirm your email address to finish creating your account.',
      'Confirm email address',
      link,
      'If you did not create an account, do not confirm it: ignore this email, and nobody can sign in to it. The link is valid for 24 hours.',
    ),
  magicLink: (to: string, link: string) =>
    withLink(
      to,
      'magic-link',
      'Your sign-in link',
      'Use the link below to sign in.',
      'Sign in',
      link,
      'If you did not ask for this link, you can ignore this email. The link is valid for 10 minutes and works once.',
    ),
  resetPassword: (to: string, link: string) =>
    withLink(
      to,
      'reset-pwd',
      'Reset your password',
      'Someone asked to reset the password of your account.',
      'Choose a new password',
      link,
      'If it was not you, you can ignore this email. The link is valid for 15 minutes and works once.',
    ),
  confirmNewEmail: (to: string, link: string) =>
    withLink(
      to,
      'change-email',
      'Confirm your new email address',
      'Please confirm that you want to use this address for your account.',
      'Confirm new email address',
      link,
      'If you did not ask for this change, you can ignore this email. The link is valid for 24 hours.',
    ),
  passwordChanged: (to: string, how: 'changed' | 'reset', at: number) =>
    notice(to, 'password-changed', 'Your password was changed', [
      how === 'changed'
        ? `The password of your account was changed on ${mailTime(at)}. Your other sessions were signed out.`
        : `The password of your account was reset with an emailed link on ${mailTime(at)}. All your sessions were signed out.`,
      IF_NOT_YOU_RESET,
    ]),
  emailChanged: (oldEmail: string, newEmail: string, at: number) =>
    notice(oldEmail, 'email-changed', 'The email address of your account was changed', [
      `The email address of your account was changed from this address to ${maskEmail(newEmail)} on ${mailTime(at)}. ` +
        'Mail about the account now goes to the new address, and this address can no longer be used to sign in.',
      'If you did not make this change, someone else may control your account: contact the administrator of the site.',
    ]),
  newSignIn: (to: string, device: { browser: string; os: string }, at: number) =>
    notice(to, 'new-sign-in', 'New sign-in to your account', [
      `New sign-in to your account from ${device.browser} on ${device.os} on ${mailTime(at)}. ` +
        'This browser and operating system had not been used with your account before.',
      'If this was you, there is nothing to do.',
      'If it was not you, change your password now in your profile (that signs out every other session), ' +
        'or reset it with "Forgot password" on the sign-in page.',
    ]),
};
