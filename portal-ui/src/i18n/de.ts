import type { UiMessages } from './en';

/** German, formal address ("Sie") throughout. */
const de: UiMessages = {
  'error.invalid_credentials': 'E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie beides und versuchen Sie es erneut.',
  'error.email_not_verified':
    'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir Ihnen geschickt haben, oder fordern Sie einen neuen an.',
  'error.email_not_unique':
    'Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich an oder setzen Sie Ihr Passwort zurück, falls Sie es vergessen haben.',
  'error.validation_error': 'Einige Angaben sind ungültig. Bitte prüfen Sie sie und versuchen Sie es erneut.',
  'error.email_invalid': 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
  'error.name_invalid': 'Geben Sie einen Namen mit höchstens 100 Zeichen ein.',
  'error.file_invalid': 'Diese Datei kann nicht als Bild verwendet werden. Wählen Sie eine andere.',
  'error.invalid_access_token': 'Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen an.',
  'error.invalid_password': 'Ihr aktuelles Passwort stimmt nicht.',
  'error.password_too_common': 'Dieses Passwort wird zu häufig verwendet und ist leicht zu erraten. Wählen Sie ein anderes.',
  'error.password_too_short': 'Verwenden Sie mindestens {min} Zeichen für Ihr Passwort.',
  'error.password_too_long': 'Verwenden Sie höchstens {max} Zeichen für Ihr Passwort.',
  'error.password_same_as_current': 'Ihr neues Passwort ist dasselbe wie Ihr aktuelles. Wählen Sie ein anderes Passwort.',
  'error.too_many_requests': 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'error.too_many_requests_seconds': 'Zu viele Versuche. Versuchen Sie es in {seconds} s erneut.',
  'error.network_error': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.session_ended': 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
  'error.session_not_found': 'Diese Sitzung ist bereits beendet.',
  'error.forbidden': 'Dazu sind Sie nicht berechtigt.',
  'error.payload_too_large': 'Diese Datei ist zu groß.',
  'error.storage_quota_exceeded': 'Für weitere Dateien ist kein Platz. Entfernen Sie einige und versuchen Sie es erneut.',
  'error.insufficient_storage': 'Der Speicherplatz des Servers ist erschöpft. Versuchen Sie es später erneut.',
  'error.content_type_error': 'Dieser Dateityp wird nicht angenommen.',
  'error.server_busy': 'Der Server ist gerade ausgelastet. Versuchen Sie es gleich erneut.',
  'error.internal_error': 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es gleich erneut.',
  'error.not_configured': 'Die Anmeldung ist gerade nicht verfügbar. Versuchen Sie es später erneut.',
  'error.generic': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',

  'rules.minLength': 'Mindestens {min} Zeichen',
  'rules.maxLength': 'Höchstens {max} Zeichen',
  'rules.notCommon': 'Kein häufig verwendetes Passwort (wird beim Absenden geprüft)',
  'rules.met': 'erfüllt',
  'rules.unmet': 'noch nicht erfüllt',

  'password.toggle': '{hidden} Anzeigen',
  'password.hide': '{hidden} Ausblenden',
  'password.toggleHidden': 'Passwort',
  'wait.over': 'Sie können es jetzt erneut versuchen.',
};

export default de;
