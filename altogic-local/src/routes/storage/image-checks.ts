// Uploads are accepted by content, never by declared type (S10): PNG, JPEG, WebP and GIF only, at most 4096² px.
import { imageSize } from 'image-size';
import { ApiError, ErrorCode, validation } from '../../errors.ts';

export const MAX_IMAGE_SIDE = 4096;

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export function detectImageType(bytes: Uint8Array): ImageType | null {
  const starts = (signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
  const ascii = (text: string, offset = 0) =>
    starts(
      [...text].map((c) => c.charCodeAt(0)),
      offset,
    );
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii('GIF87a') || ascii('GIF89a')) return 'image/gif';
  if (ascii('RIFF') && ascii('WEBP', 8)) return 'image/webp';
  return null;
}

const EXTENSIONS: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

export function extensionOf(type: ImageType): string {
  return EXTENSIONS[type];
}

/** Returns the detected type or throws 415/400 with a message the user can act on. */
export function assertAcceptableImage(bytes: Uint8Array): ImageType {
  if (bytes.length === 0) throw validation('The file is empty.', { field: 'file' });
  const type = detectImageType(bytes);
  if (!type) {
    throw new ApiError(415, ErrorCode.contentTypeError, 'Only PNG, JPEG, WebP and GIF images can be uploaded.');
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    throw new ApiError(415, ErrorCode.contentTypeError, 'The file is not a valid image.');
  }
  if (!size.width || !size.height) throw new ApiError(415, ErrorCode.contentTypeError, 'The file is not a valid image.');
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE) {
    throw validation(`Images can be at most ${MAX_IMAGE_SIDE}×${MAX_IMAGE_SIDE} pixels.`, { field: 'file' });
  }
  return type;
}

/** File names are metadata only (the storage key is the server's id): strip paths, controls and odd characters. */
export function sanitizeFileName(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const limited = [...cleaned].slice(0, 200).join('');
  return limited || 'file';
}
