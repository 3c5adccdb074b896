/**
 * Every word the portal's shell shows, in English (docs/pitfalls.md #21): header, footer, fallbacks, banners and the
 * embed demo page. This file defines the keys; de.ts and any other locale are typed against it. The English
 * accessible names (Log in, Register, Log out, Try again, the "Main" navigation) are what users and the e2e tests
 * find the controls by: keep them.
 */
const en = {
  'header.brand': 'Portal',
  'header.navLabel': 'Main',
  'header.login': 'Log in',
  'header.register': 'Register',
  'header.logout': 'Log out',
  'header.language': 'Language',
  'header.skip': 'Skip to main content',

  /** The tab's title: "{page} · {brand}" ("Log in · Portal"), one per route (routing/pageTitle.ts). */
  'title.page': '{page} · {brand}',
  'title.home': 'Welcome',
  'title.login': 'Log in',
  'title.register': 'Create an account',
  'title.magicLink': 'Log in with a magic link',
  'title.forgotPassword': 'Forgot password',
  'title.resetPassword': 'Set a new password',
  'title.authRedirect': 'Email link',
  'title.profile': 'Profile',
  'title.profileSessions': 'Sessions',
  'title.profileSecurity': 'Account security',
  'title.notFound': 'Page not found',

  'notFound.heading': 'Page not found',
  'notFound.text': 'There is nothing at {path}.',
  'notFound.home': 'Go to the home page',

  'about.toggle': 'About this portal',
  'about.loading': 'Loading versions…',
  'about.caption': 'Running versions',
  'about.part': 'Part',
  'about.version': 'Version',
  'about.commit': 'Commit',
  'about.built': 'Built',
  'about.unavailable': 'unavailable',

  'unavailable.authMfe': 'Logging in is temporarily unavailable',
  'unavailable.profileMfe': 'Your profile is temporarily unavailable',
  'unavailable.text': 'The rest of the portal still works. Try again in a moment.',
  'unavailable.retry': 'Try again',

  'startup.heading': 'The portal could not load',

  'overrides.active': 'Developer override active: {remote} from {url}',
  'overrides.refused': 'Override of {remote} refused: {why}.',
  'overrides.disabled': 'overrides are disabled in portal.config.json',
  'overrides.invalidUrl': 'not a valid URL',
  'overrides.notAllowed': '{origin} is not on the overrides allowlist',
  'overrides.clear': 'Clear overrides',

  'badge.label': 'Local backend',
  'badge.outbox': 'Open mail outbox',
  'badge.dismiss': 'Dismiss local backend notice',

  'embed.title': 'Acme Intranet: embedded login',
  'embed.brand': 'Acme Intranet',
  'embed.heading': 'Welcome to Acme',
  'embed.intro':
    "This page is a host portal of its own. It does not use the portal's root config: it loads shared-auth and the login and register parcels of auth-mfe through {config} and mounts them with a theme.",
  'embed.loginLabel': 'Log in to Acme',
  'embed.signedIn': 'Logged in to Acme as {name}',
  'embed.registerHeading': 'Register parcel',
  'embed.registerIntro': 'Given demo links to terms of service and a privacy policy, it asks for consent before it creates an account.',
  'embed.termsHeading': 'Acme terms of service (demo)',
  'embed.privacyHeading': 'Acme privacy policy (demo)',
  'embed.documentText':
    "This page stands in for a host's own document. The register parcel links to it through its termsUrl and privacyUrl props, so a visitor can read it before agreeing.",
  'embed.back': 'Back to the Acme login',
  'unavailable.heading': 'A part of the portal could not load',
  'unavailable.details': 'Technical details',
  'startup.text': 'Check your connection, then try again. If this keeps happening, tell whoever runs this portal.',
};

export default en;

/** Every key of the shell's catalog, each a string: what every other locale must provide. */
export type ShellMessages = { [K in keyof typeof en]: string };
export type ShellKey = keyof ShellMessages;
