import type { UserAgent } from 'portal-contract';
import type { ProfileTranslate } from '../i18n/catalogs';

const known = (family: string | undefined) => (family && family !== 'Other' ? family : undefined);

/** "Firefox 128": the browser family and major version, as the server parsed them from the User-Agent. */
export function browserLabel(agent: UserAgent, t: ProfileTranslate): string {
  const family = known(agent.family);
  if (!family) return t('sessions.unknownBrowser');
  return agent.major && agent.major !== '0' ? `${family} ${agent.major}` : family;
}

/** "Firefox on Linux", "Mobile Safari on iOS (iPhone)": what names a session in its Sign out button. */
export function describeDevice(agent: UserAgent, t: ProfileTranslate): string {
  const browser = known(agent.family) ?? t('sessions.unknownBrowser');
  const system = known(agent.os.family) ?? t('sessions.unknownSystem');
  const model = known(agent.device.family);
  return model ? t('sessions.deviceWithModel', { browser, system, model }) : t('sessions.device', { browser, system });
}

/** The session's start in the user's locale; the raw value if the server sent something unreadable. */
export function formatStarted(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
