import type { ProfilePhrase } from '../i18n/catalogs';

/** The types the server accepts (docs/security.md S10: no SVG); it checks the bytes again. */
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;

/** Why a file cannot be an avatar: facts, put into words (and numbers formatted) in the language shown. */
export type AvatarRefusal = { reason: 'type'; type: string } | { reason: 'empty' } | { reason: 'size'; bytes: number };

const KIB = 1024;
const MIB = 1024 * 1024;

/** "12 bytes", "340 kB", "5 MB", "6.2 MB" in the locale's number format. A whole number of megabytes is shown exactly. */
export function formatFileSize(bytes: number, locale: string): string {
  const unit = (name: string, value: number, options: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', ...options }).format(value);
  if (bytes < KIB) return unit('byte', bytes, { unitDisplay: 'long' });
  if (bytes < MIB) return unit('kilobyte', Math.round(bytes / KIB));
  const digits = bytes % MIB === 0 ? 0 : 1;
  return unit('megabyte', bytes / MIB, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Why this file cannot be an avatar, or null when it can be uploaded. Checked before any byte is sent. */
export function checkAvatarFile(file: Pick<File, 'type' | 'size'>): AvatarRefusal | null {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return { reason: 'type', type: file.type };
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > AVATAR_MAX_BYTES) return { reason: 'size', bytes: file.size };
  return null;
}

/** The refusal as a message in `locale` (sizes are formatted for it). */
export function refusalPhrase(refusal: AvatarRefusal, locale: string): ProfilePhrase {
  switch (refusal.reason) {
    case 'type':
      return refusal.type ? { key: 'avatar.wrongType', params: { type: refusal.type } } : { key: 'avatar.wrongTypeUnnamed' };
    case 'empty':
      return { key: 'avatar.empty' };
    case 'size':
      return {
        key: 'avatar.tooLarge',
        params: { size: formatFileSize(refusal.bytes, locale), limit: formatFileSize(AVATAR_MAX_BYTES, locale) },
      };
  }
}
