/** The auth screens in German (formal "Sie"), typed against en.ts: a missing or extra key fails the typecheck. */
import ui from 'portal-ui/i18n/de';
import type { AuthMessages } from './en';

const de: AuthMessages = {
  ...ui,
  'field.name': 'Name',
  'field.email': 'E-Mail',
  'field.password': 'Passwort',
  'field.newPassword': 'Neues Passwort',

  'button.login': 'Anmelden',
  'button.createAccount': 'Konto erstellen',
  'button.sendMagicLink': 'Anmeldelink senden',
  'button.sendResetLink': 'Link zum Zurücksetzen senden',
  'button.setNewPassword': 'Neues Passwort speichern',
  'button.resendVerification': 'Bestätigungs-E-Mail erneut senden',

  'link.login': 'Anmelden',
  'link.register': 'Registrieren',
  'link.magicLink': 'Mit Anmeldelink anmelden',
  'link.forgotPassword': 'Passwort vergessen?',
  'link.createAccount': 'Konto erstellen',
  'link.backToLogin': 'Zurück zur Anmeldung',
  'link.newMagicLink': 'Neuen Anmeldelink anfordern',
  'link.newResetLink': 'Neuen Link zum Zurücksetzen anfordern',
  'link.profile': 'Zu Ihrem Profil',

  'fieldError.nameMissing': 'Geben Sie Ihren Namen ein.',
  'fieldError.emailMissing': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'fieldError.emailInvalid': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'fieldError.passwordMissing': 'Geben Sie Ihr Passwort ein.',

  'home.heading': 'Willkommen',
  'home.intro': 'Melden Sie sich bei Ihrem Konto an oder erstellen Sie eins. Das dauert nur eine Minute.',
  'home.waysLabel': 'Möglichkeiten der Anmeldung',

  'login.heading': 'Anmelden',
  'login.alternatives': 'Andere Wege zur Anmeldung',
  'login.verificationSent':
    'Wir haben eine neue Bestätigungs-E-Mail an {email} gesendet. Öffnen Sie den Link darin und melden Sie sich dann an.',

  'sessionEnded.title': 'Ihre Sitzung ist beendet',
  'sessionEnded.revoked': 'Sie wurde von einem anderen Gerät aus beendet. Melden Sie sich erneut an, um fortzufahren.',
  'sessionEnded.expired': 'Sie ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'sessionEnded.other-tab': 'Sie haben sich in einem anderen Tab abgemeldet. Melden Sie sich erneut an, um fortzufahren.',
  'sessionEnded.user': 'Sie sind abgemeldet.',
  'sessionEnded.dismiss': 'Ausblenden',

  'register.heading': 'Konto erstellen',
  'register.haveAccount': 'Sie haben bereits ein Konto?',
  'register.sentTo': 'Wir haben einen Link an {email} gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen und sich anzumelden.',
  'register.consentBoth': 'Ich akzeptiere die {terms} und die {privacy}',
  'register.consentTerms': 'Ich akzeptiere die {terms}',
  'register.consentPrivacy': 'Ich akzeptiere die {privacy}',
  'register.termsLink': 'Nutzungsbedingungen',
  'register.privacyLink': 'Datenschutzerklärung',
  'register.newTab': '(öffnet in einem neuen Tab)',
  'register.consentMissing': 'Um ein Konto zu erstellen, setzen Sie bitte das Häkchen zur Zustimmung.',

  'magicLink.heading': 'Mit Anmeldelink anmelden',
  'magicLink.intro': 'Wir senden Ihnen einen Link per E-Mail, der Sie anmeldet, ganz ohne Passwort.',
  'magicLink.sentTo':
    'Falls es ein Konto für {email} gibt, haben wir einen Anmeldelink dorthin gesendet. Er gilt einmal und 10 Minuten lang.',

  'forgotPassword.heading': 'Passwort vergessen?',
  'forgotPassword.intro':
    'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
  'forgotPassword.sentTo':
    'Falls es ein Konto für {email} gibt, haben wir einen Link zum Festlegen eines neuen Passworts dorthin gesendet. Er gilt einmal und 15 Minuten lang.',

  'checkEmail.heading': 'Sehen Sie in Ihr Postfach',
  'checkEmail.resent': 'Wir haben sie erneut gesendet.',
  'checkEmail.notArrived': 'Nichts angekommen? Sehen Sie im Spam-Ordner nach oder senden Sie sie erneut.',
  'checkEmail.sendAgain': 'Erneut senden',

  'resetPassword.heading': 'Neues Passwort festlegen',
  'resetPassword.intro': 'Wählen Sie ein neues Passwort für Ihr Konto.',
  'resetPassword.noLink':
    'Um ein neues Passwort festzulegen, öffnen Sie den Link aus der E-Mail, die wir Ihnen gesendet haben. Links gelten einmal und laufen nach 15 Minuten ab.',
  'resetPassword.doneHeading': 'Ihr Passwort ist gespeichert',
  'resetPassword.done': 'Ihr neues Passwort ist gespeichert, und alle Sitzungen wurden beendet. Melden Sie sich mit dem neuen Passwort an.',
  'resetPassword.logInNow': 'Melden Sie sich jetzt damit an: Geben Sie die E-Mail-Adresse Ihres Kontos ein.',

  'authRedirect.workingHeading': 'Sie werden angemeldet…',
  'authRedirect.working': 'Einen Moment: Ihr Link wird geprüft.',
  'authRedirect.failedHeading': 'Dieser Link hat nicht funktioniert',
  'authRedirect.used': 'Dieser Link wurde bereits verwendet.',
  'authRedirect.invalid': 'Dieser Link ist ungültig oder abgelaufen.',
  'authRedirect.emailTaken': 'Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.',
  'authRedirect.missing': 'Diese Seite öffnet Links aus unseren E-Mails, und es wurde kein Link übergeben.',
  'authRedirect.next.magic-link':
    'Anmeldelinks gelten einmal und laufen nach 10 Minuten ab. Fordern Sie einen neuen an, um sich anzumelden.',
  'authRedirect.next.email-confirm':
    'Wenn Sie Ihre Adresse schon bestätigt haben, melden Sie sich mit Ihrem Passwort an. Andernfalls geben Sie Ihre E-Mail-Adresse ein, und wir senden einen neuen Bestätigungslink.',
  'authRedirect.next.reset-pwd': 'Links zum Zurücksetzen gelten einmal und laufen nach 15 Minuten ab. Fordern Sie einen neuen an.',
  'authRedirect.next.change-email': 'Fordern Sie die Änderung in Ihrem Profil erneut an.',
  'authRedirect.next.unknown': 'Melden Sie sich an oder fordern Sie auf der Anmeldeseite einen neuen Link an.',
  'authRedirect.confirmHeading': 'Als {email} anmelden?',
  'authRedirect.confirmUnasked':
    'Dieser Link meldet Sie als {email} an, und dieser Browser hat ihn nicht angefordert. Fahren Sie nur fort, wenn Sie ihn selbst angefordert haben: Jemand könnte Ihnen einen Link zu seinem eigenen Konto geschickt haben.',
  'authRedirect.confirmSwitch':
    'Sie sind als {current} angemeldet. Dieser Link meldet stattdessen {email} an. Wechseln Sie nur, wenn Sie diesen Link selbst angefordert haben.',
  'authRedirect.continueAs': 'Weiter als {email}',
  'authRedirect.stayAs': 'Als {current} angemeldet bleiben',
  'authRedirect.cancel': 'Nicht anmelden',
  'authRedirect.emailChangedHeading': 'E-Mail-Adresse geändert',
  'authRedirect.emailChanged': 'Ihre E-Mail-Adresse wurde geändert. Melden Sie sich ab jetzt mit der neuen Adresse an.',

  'parcel.signedInAs': 'Angemeldet als {name}',
  'parcel.signOut': 'Abmelden',
};

export default de;
