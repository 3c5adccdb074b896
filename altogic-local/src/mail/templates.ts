// The mails altogic-local sends. Content is not part of the wire contract; links are built by the caller from
// configuration only (S17).

export type MailAction = 'email-confirm' | 'magic-link' | 'reset-pwd' | 'change-email' | 'notice';

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

function notice(to: string, subject: string, body: string): MailMessage {
  return { to, subject, action: 'notice', link: null, text: `${body}\n`, html: `<p>${escapeHtml(body)}</p>` };
}

export const mails = {
  confirmEmail: (to: string, link: string) =>
    withLink(
      to,
      'email-confirm',
      'Confirm your email address',
      'Welcome! Please confirm your email address to finish creating your account.',
      'Confirm email address',
      link,
      'If you did not create an account, you can ignore this email. The link is valid for 24 hours.',
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
  emailChangeRequested: (to: string, newEmail: string) =>
    notice(
      to,
      'Your email address is being changed',
      `Someone with your password asked to change the email address of your account to ${newEmail}. If it was not you, reset your password now.`,
    ),
  passwordChanged: (to: string) =>
    notice(
      to,
      'Your password was changed',
      'The password of your account was just changed and your other sessions were signed out. If it was not you, reset your password now.',
    ),
};
