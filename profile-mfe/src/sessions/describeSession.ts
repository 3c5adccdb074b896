import type { SessionEntry, UserAgent } from 'portal-contract';
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

/**
 * Sessions that have the same name ("Firefox on Linux") are numbered 1, 2… in the order they were signed in, so that
 * every row (and its Sign out button) names one session; a session whose name is its own has no number (null).
 */
export function sessionNumbers(sessions: readonly SessionEntry[], t: ProfileTranslate): Map<SessionEntry, number | null> {
  const groups = new Map<string, SessionEntry[]>();
  for (const entry of sessions) {
    const name = describeDevice(entry.userAgent, t);
    groups.set(name, [...(groups.get(name) ?? []), entry]);
  }
  const numbers = new Map<SessionEntry, number | null>();
  for (const group of groups.values()) {
    if (group.length === 1) numbers.set(group[0]!, null);
    else
      [...group]
        .sort((a, b) => a.creationDtm.localeCompare(b.creationDtm) || a.token.localeCompare(b.token))
        .forEach((entry, index) => numbers.set(entry, index + 1));
  }
  return numbers;
}

/** "Firefox on Linux", or "Firefox on Linux #2" for a numbered one. */
export function sessionName(agent: UserAgent, number: number | null, t: ProfileTranslate): string {
  const device = describeDevice(agent, t);
  return number === null ? device : t('sessions.deviceNumber', { device, n: String(number) });
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "Active now", "Active 5 minutes ago", "Active yesterday": when the session was last used. The server records it
 * to the minute, so anything under two minutes is now. Null when the server does not say, or says something unreadable.
 */
export function lastActive(entry: SessionEntry, t: ProfileTranslate, locale?: string, now: number = Date.now()): string | null {
  if (entry.current) return t('sessions.activeNow');
  if (!entry.lastActiveDtm) return null;
  const at = Date.parse(entry.lastActiveDtm);
  if (Number.isNaN(at)) return null;
  const ago = Math.max(0, now - at);
  if (ago < 2 * 60_000) return t('sessions.activeNow');
  const [unit, size] = UNITS.find(([, ms]) => ago >= ms) ?? UNITS[UNITS.length - 1]!;
  const when = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.floor(ago / size), unit);
  return t('sessions.activeAgo', { when });
}

/** "Chrome 131 · 203.0.113.7 · Berlin, Germany · Active now": what tells a session apart, each part only when known. */
export function sessionDetails(entry: SessionEntry, t: ProfileTranslate, locale?: string, now?: number): string[] {
  return [browserLabel(entry.userAgent, t), entry.ip, entry.place, lastActive(entry, t, locale, now)].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
}
