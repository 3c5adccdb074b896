/** The profile in German (formal "Sie"), typed against en.ts: a missing or extra key fails the typecheck. */
import ui from 'portal-ui/i18n/de';
import type { ProfileMessages } from './en';

const de: ProfileMessages = {
  ...ui,
  'profile.title': 'Profil',
  'profile.loading': 'Ihr Profil wird geladen…',

  'action.save': 'Speichern',
  'action.cancel': 'Abbrechen',
  'action.retry': 'Erneut versuchen',

  'avatar.heading': 'Profilbild',
  'avatar.alt': 'Ihr Profilbild',
  'avatar.initials': 'Ihr Profilbild: Initialen {initials}',
  'avatar.change': 'Profilbild ändern',
  'avatar.hint': 'PNG, JPEG, WebP oder GIF, höchstens {limit}.',
  'avatar.previewAlt': 'Vorschau des neuen Profilbilds',
  'avatar.progress': 'Fortschritt beim Hochladen',
  'avatar.saved': 'Ihr neues Profilbild ist gespeichert.',
  'avatar.wrongType': 'Diese Datei ({type}) ist kein Bild, das wir annehmen. Wählen Sie eine PNG-, JPEG-, WebP- oder GIF-Datei.',
  'avatar.wrongTypeUnnamed': 'Diese Datei ist kein Bild, das wir annehmen. Wählen Sie eine PNG-, JPEG-, WebP- oder GIF-Datei.',
  'avatar.tooLarge': 'Dieses Bild ist {size} groß; erlaubt sind höchstens {limit}. Wählen Sie eine kleinere Datei.',
  'avatar.empty': 'Diese Datei ist leer. Wählen Sie ein anderes Bild.',

  'details.heading': 'Ihre Angaben',
  'details.nameTerm': 'Name',
  'details.emailTerm': 'E-Mail',
  'details.noName': 'Noch kein Name',
  'details.changeName': 'Namen ändern',
  'details.nameLabel': 'Name',
  'details.nameSaved': 'Ihr Name ist gespeichert.',
  'details.nameEmpty': 'Geben Sie einen Namen ein.',
  'details.nameTooLong': 'Verwenden Sie höchstens {max} Zeichen (dieser Name hat {length}).',

  'sessions.heading': 'Sitzungen',
  'sessions.intro': 'Die Geräte und Browser, auf denen Sie angemeldet sind.',
  'sessions.irreversible':
    'Das Abmelden einer Sitzung wirkt sofort und lässt sich nicht rückgängig machen: Auf dem betreffenden Gerät müssen Sie sich erneut anmelden.',
  'sessions.loading': 'Sitzungen werden geladen…',
  'sessions.empty': 'Es wurden keine aktiven Sitzungen gefunden.',
  'sessions.onlyThis': 'Auf keinem anderen Gerät sind Sie angemeldet.',
  'sessions.thisDevice': 'Dieses Gerät',
  'sessions.signedInAt': 'Angemeldet seit {when}',
  'sessions.signOut': 'Abmelden',
  'sessions.signOutOthers': 'Andere Sitzungen abmelden',
  'sessions.signedOutOne': '{device} ist abgemeldet.',
  'sessions.signedOutOthers': 'Alle anderen Sitzungen sind abgemeldet.',
  'sessions.device': '{browser} unter {system}',
  'sessions.deviceWithModel': '{browser} unter {system} ({model})',
  'sessions.unknownBrowser': 'Unbekannter Browser',
  'sessions.unknownSystem': 'unbekanntem System',

  'security.heading': 'Kontosicherheit',
  'security.passwordHeading': 'Passwort ändern',
  'security.currentPassword': 'Aktuelles Passwort',
  'security.newPassword': 'Neues Passwort',
  'security.passwordChanged': 'Ihr Passwort ist geändert. Andere Geräte wurden abgemeldet.',
  'security.setPasswordHeading': 'Passwort festlegen',
  'security.setPasswordIntro':
    'Ihr Konto hat noch kein Passwort: Sie melden sich mit Links an, die wir an Ihre E-Mail-Adresse senden. Legen Sie eines fest, um sich auch damit anzumelden.',
  'security.passwordSet': 'Ihr Passwort ist festgelegt. Andere Geräte wurden abgemeldet.',
  'security.currentPasswordMissing': 'Geben Sie Ihr aktuelles Passwort ein.',
  'security.emailHeading': 'E-Mail-Adresse ändern',
  'security.emailNow': 'Sie melden sich mit {email} an.',
  'security.newEmail': 'E-Mail',
  'security.emailMissing': 'Geben Sie die neue E-Mail-Adresse ein.',
  'security.emailInvalid': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'security.emailSame': 'Das ist bereits Ihre E-Mail-Adresse.',
  'security.emailPending': 'Öffnen Sie den Link in der E-Mail an {email}, um die Änderung zu bestätigen',
  'security.pending': 'Ausstehend',
  'security.signOutHeading': 'Abmelden',
  'security.signOutIntro': 'Melden Sie sich auf diesem Gerät vom Portal ab.',
  'security.logout': 'Abmelden',
};

export default de;
