/** The shell in German (formal "Sie"), typed against en.ts: a missing or extra key fails the typecheck. */
import type { ShellMessages } from './en';

const de: ShellMessages = {
  'header.brand': 'Portal',
  'header.navLabel': 'Hauptnavigation',
  'header.login': 'Anmelden',
  'header.register': 'Registrieren',
  'header.logout': 'Abmelden',
  'header.language': 'Sprache',
  'header.skip': 'Zum Hauptinhalt springen',

  'title.page': '{page} · {brand}',
  'title.home': 'Willkommen',
  'title.login': 'Anmelden',
  'title.register': 'Konto erstellen',
  'title.magicLink': 'Mit Anmeldelink anmelden',
  'title.forgotPassword': 'Passwort vergessen',
  'title.resetPassword': 'Neues Passwort festlegen',
  'title.authRedirect': 'E-Mail-Link',
  'title.profile': 'Profil',
  'title.profileSessions': 'Sitzungen',
  'title.profileSecurity': 'Kontosicherheit',
  'title.notFound': 'Seite nicht gefunden',

  'notFound.heading': 'Seite nicht gefunden',
  'notFound.text': 'Unter {path} gibt es keine Seite.',
  'notFound.home': 'Zur Startseite',

  'about.toggle': 'Über dieses Portal',
  'about.loading': 'Versionen werden geladen…',
  'about.caption': 'Laufende Versionen',
  'about.part': 'Teil',
  'about.version': 'Version',
  'about.commit': 'Commit',
  'about.built': 'Erstellt',
  'about.unavailable': 'nicht verfügbar',

  'unavailable.authMfe': 'Die Anmeldung ist vorübergehend nicht verfügbar',
  'unavailable.profileMfe': 'Ihr Profil ist vorübergehend nicht verfügbar',
  'unavailable.text': 'Der Rest des Portals funktioniert weiterhin. Versuchen Sie es gleich noch einmal.',
  'unavailable.retry': 'Erneut versuchen',

  'startup.heading': 'Das Portal konnte nicht geladen werden',

  'overrides.active': 'Entwickler-Override aktiv: {remote} von {url}',
  'overrides.refused': 'Override von {remote} abgelehnt: {why}.',
  'overrides.disabled': 'Overrides sind in portal.config.json deaktiviert',
  'overrides.invalidUrl': 'keine gültige URL',
  'overrides.notAllowed': '{origin} steht nicht auf der Liste erlaubter Origins für Overrides',
  'overrides.clear': 'Overrides entfernen',

  'badge.label': 'Lokales Backend',
  'badge.outbox': 'E-Mail-Postausgang öffnen',
  'badge.dismiss': 'Hinweis auf das lokale Backend schließen',

  'embed.title': 'Acme Intranet: eingebettete Anmeldung',
  'embed.brand': 'Acme Intranet',
  'embed.heading': 'Willkommen bei Acme',
  'embed.intro':
    'Diese Seite ist ein eigenständiges Host-Portal. Sie verwendet nicht die Root-Config des Portals, sondern lädt shared-auth und die Parcels zum Anmelden und Registrieren von auth-mfe über {config} und bindet sie mit einem eigenen Theme ein.',
  'embed.loginLabel': 'Bei Acme anmelden',
  'embed.signedIn': 'Bei Acme angemeldet als {name}',
  'embed.registerHeading': 'Parcel zum Registrieren',
  'embed.registerIntro':
    'Mit Demo-Links zu Nutzungsbedingungen und Datenschutzerklärung bittet es um Zustimmung, bevor es ein Konto erstellt.',
  'embed.termsHeading': 'Nutzungsbedingungen von Acme (Demo)',
  'embed.privacyHeading': 'Datenschutzerklärung von Acme (Demo)',
  'embed.documentText':
    'Diese Seite steht für ein eigenes Dokument des Host-Portals. Das Registrierungs-Parcel verlinkt sie über seine Props termsUrl und privacyUrl, damit man sie vor der Zustimmung lesen kann.',
  'embed.back': 'Zurück zur Anmeldung bei Acme',
  'unavailable.heading': 'Ein Teil des Portals konnte nicht geladen werden',
  'unavailable.details': 'Technische Details',
  'startup.text':
    'Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut. Wenn das wiederholt passiert, wenden Sie sich an die Betreiber dieses Portals.',
};

export default de;
