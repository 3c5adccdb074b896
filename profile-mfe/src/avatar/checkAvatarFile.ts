import { text } from '../messages';

/** The types the server accepts (SECURITY S10: no SVG); it checks the bytes again. */
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why this file cannot be an avatar, or null when it can be uploaded. Checked before any byte is sent. */
export function checkAvatarFile(file: Pick<File, 'type' | 'size'>): string | null {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return text.avatarWrongType(file.type);
  if (file.size === 0) return text.avatarEmpty;
  if (file.size > AVATAR_MAX_BYTES) return text.avatarTooLarge(formatBytes(file.size));
  return null;
}
