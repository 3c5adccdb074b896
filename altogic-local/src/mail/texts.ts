// The words of every mail, one catalog per language of MAIL_LOCALES. A catalog with a missing mail fails the typecheck.
import type { MailLocale } from './locale.ts';

export interface LinkMailTexts {
  subject: string;
  intro: string;
  button: string;
  outro: string;
}

export interface NoticeTexts<A extends unknown[]> {
  subject: string;
  paragraphs: (...args: A) => string[];
}

export interface MailTexts {
  confirmEmail: LinkMailTexts;
  magicLink: LinkMailTexts;
  resetPassword: LinkMailTexts;
  confirmNewEmail: LinkMailTexts;
  /** `at` is mailTime()'s text */
  passwordChanged: NoticeTexts<[how: 'changed' | 'reset', at: string]>;
  /** `masked` is the new address, masked */
  emailChanged: NoticeTexts<[masked: string, at: string]>;
  newSignIn: NoticeTexts<[device: { browser: string | null; os: string | null }, at: string]>;
}

const en: MailTexts = {
  confirmEmail: {
    subject: 'Confirm your email address',
    intro: 'Welcome! Please confirm your email address to finish creating your account.',
    button: 'Confirm email address',
    outro:
      'If you did not create an account, do not confirm it: ignore this email, and nobody can log in to it. The link is valid for 24 hours.',
  },
  magicLink: {
    subject: 'Your login link',
    intro: 'Use the link below to log in.',
    button: 'Log in',
    outro: 'If you did not ask for this link, you can ignore this email. The link is valid for 10 minutes and works once.',
  },
  resetPassword: {
    subject: 'Reset your password',
    intro: 'Someone asked to reset the password of your account.',
    button: 'Choose a new password',
    outro: 'If it was not you, you can ignore this email. The link is valid for 15 minutes and works once.',
  },
  confirmNewEmail: {
    subject: 'Confirm your new email address',
    intro: 'Please confirm that you want to use this address for your account.',
    button: 'Confirm new email address',
    outro: 'If you did not ask for this change, you can ignore this email. The link is valid for 24 hours.',
  },
  passwordChanged: {
    subject: 'Your password was changed',
    paragraphs: (how, at) => [
      how === 'changed'
        ? `The password of your account was changed on ${at}. Your other sessions were ended.`
        : `The password of your account was reset with an emailed link on ${at}. All your sessions were ended.`,
      'If it was not you, reset your password now with "Forgot password" on the login page.',
    ],
  },
  emailChanged: {
    subject: 'The email address of your account was changed',
    paragraphs: (masked, at) => [
      `The email address of your account was changed from this address to ${masked} on ${at}. ` +
        'Mail about the account now goes to the new address, and this address can no longer be used to log in.',
      'If you did not make this change, someone else may control your account: contact the administrator of the site.',
    ],
  },
  newSignIn: {
    subject: 'New login to your account',
    paragraphs: ({ browser, os }, at) => [
      `New login to your account from ${browser ?? 'an unknown browser'} on ${os ?? 'an unknown system'} on ${at}. ` +
        'This browser and operating system had not been used with your account before.',
      'If this was you, there is nothing to do.',
      'If it was not you, change your password now in your profile (that ends every other session), ' +
        'or reset it with "Forgot password" on the login page.',
    ],
  },
};

const de: MailTexts = {
  confirmEmail: {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
    intro: 'Willkommen! Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto fertig einzurichten.',
    button: 'E-Mail-Adresse bestätigen',
    outro:
      'Wenn Sie kein Konto angelegt haben, bestätigen Sie es nicht: Ignorieren Sie diese E-Mail, dann kann sich niemand damit anmelden. Der Link ist 24 Stunden gültig.',
  },
  magicLink: {
    subject: 'Ihr Anmeldelink',
    intro: 'Melden Sie sich mit dem folgenden Link an.',
    button: 'Anmelden',
    outro:
      'Wenn Sie diesen Link nicht angefordert haben, können Sie diese E-Mail ignorieren. Der Link ist 10 Minuten gültig und funktioniert einmal.',
  },
  resetPassword: {
    subject: 'Setzen Sie Ihr Passwort zurück',
    intro: 'Jemand möchte das Passwort Ihres Kontos zurücksetzen.',
    button: 'Neues Passwort wählen',
    outro: 'Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren. Der Link ist 15 Minuten gültig und funktioniert einmal.',
  },
  confirmNewEmail: {
    subject: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
    intro: 'Bitte bestätigen Sie, dass Sie diese Adresse für Ihr Konto verwenden möchten.',
    button: 'Neue E-Mail-Adresse bestätigen',
    outro: 'Wenn Sie diese Änderung nicht angefordert haben, können Sie diese E-Mail ignorieren. Der Link ist 24 Stunden gültig.',
  },
  passwordChanged: {
    subject: 'Ihr Passwort wurde geändert',
    paragraphs: (how, at) => [
      how === 'changed'
        ? `Das Passwort Ihres Kontos wurde am ${at} geändert. Ihre anderen Sitzungen wurden beendet.`
        : `Das Passwort Ihres Kontos wurde am ${at} mit einem per E-Mail gesendeten Link zurückgesetzt. Alle Ihre Sitzungen wurden beendet.`,
      'Wenn Sie das nicht waren, setzen Sie Ihr Passwort jetzt mit „Passwort vergessen“ auf der Anmeldeseite zurück.',
    ],
  },
  emailChanged: {
    subject: 'Die E-Mail-Adresse Ihres Kontos wurde geändert',
    paragraphs: (masked, at) => [
      `Die E-Mail-Adresse Ihres Kontos wurde am ${at} von dieser Adresse in ${masked} geändert. ` +
        'E-Mails zum Konto gehen jetzt an die neue Adresse, und mit dieser Adresse können Sie sich nicht mehr anmelden.',
      'Wenn Sie diese Änderung nicht vorgenommen haben, hat möglicherweise jemand anderes Ihr Konto übernommen: Wenden Sie sich an die Betreiber der Website.',
    ],
  },
  newSignIn: {
    subject: 'Neue Anmeldung bei Ihrem Konto',
    paragraphs: ({ browser, os }, at) => [
      `Neue Anmeldung bei Ihrem Konto mit ${browser ?? 'einem unbekannten Browser'} unter ${os ?? 'einem unbekannten System'} am ${at}. ` +
        'Dieser Browser und dieses Betriebssystem wurden mit Ihrem Konto noch nie verwendet.',
      'Wenn Sie das waren, ist nichts zu tun.',
      'Wenn nicht, ändern Sie Ihr Passwort jetzt in Ihrem Profil (damit werden alle anderen Sitzungen beendet) ' +
        'oder setzen Sie es mit „Passwort vergessen“ auf der Anmeldeseite zurück.',
    ],
  },
};

export const MAIL_TEXTS: Record<MailLocale, MailTexts> = { en, de };
