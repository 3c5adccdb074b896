// The language of a mail: the one stored for the user (chosen in the portal, or sent at sign-up), else the first
// supported one of the request's Accept-Language (a browser sends it with every call), else English.

/** Languages the mails are written in (the portal's SUPPORTED_LOCALES). */
export const MAIL_LOCALES = ['en', 'de'] as const;

export type MailLocale = (typeof MAIL_LOCALES)[number];

export const DEFAULT_MAIL_LOCALE: MailLocale = 'en';

/** The supported locale a language tag names by its primary subtag ('de-AT' → 'de'), or null. */
export function supportedLocale(tag: unknown): MailLocale | null {
  if (typeof tag !== 'string' || tag.length > 35) return null;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (MAIL_LOCALES as readonly string[]).includes(primary) ? (primary as MailLocale) : null;
}

/** The most preferred supported language of an Accept-Language header (`de-DE,de;q=0.9,en;q=0.8`), or null. */
export function acceptedLocale(header: string | string[] | undefined): MailLocale | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return null;
  const ranked = value
    .slice(0, 500)
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { locale: supportedLocale(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.locale !== null && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale ?? null;
}

/** What a mail's locale is chosen from: the user's stored locale (if any) and the request that causes the mail. */
export function mailLocale(user: { locale?: string | null } | null | undefined, request: { headers: Record<string, unknown> }): MailLocale {
  const header = request.headers['accept-language'];
  return (
    supportedLocale(user?.locale) ??
    acceptedLocale(typeof header === 'string' || Array.isArray(header) ? (header as string | string[]) : undefined) ??
    DEFAULT_MAIL_LOCALE
  );
}
