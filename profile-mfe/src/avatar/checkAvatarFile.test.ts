import { describe, expect, it } from 'vitest';
import { translatorIn } from '../testing/renderSection';
import { AVATAR_MAX_BYTES, checkAvatarFile, formatFileSize, refusalPhrase } from './checkAvatarFile';

describe('checkAvatarFile', () => {
  it.each(['image/png', 'image/jpeg', 'image/webp', 'image/gif'])('accepts %s', (type) => {
    expect(checkAvatarFile({ type, size: 1000 })).toBeNull();
  });

  it('accepts exactly 5 MiB', () => {
    expect(checkAvatarFile({ type: 'image/png', size: AVATAR_MAX_BYTES })).toBeNull();
  });

  it('refuses SVG, which could carry script', () => {
    expect(checkAvatarFile({ type: 'image/svg+xml', size: 1000 })).toEqual({ reason: 'type', type: 'image/svg+xml' });
  });

  it('refuses one byte over 5 MiB', () => {
    expect(checkAvatarFile({ type: 'image/png', size: AVATAR_MAX_BYTES + 1 })).toEqual({ reason: 'size', bytes: AVATAR_MAX_BYTES + 1 });
  });

  it('refuses an empty file', () => {
    expect(checkAvatarFile({ type: 'image/gif', size: 0 })).toEqual({ reason: 'empty' });
  });
});

describe('refusalPhrase', () => {
  const en = translatorIn('en');
  const de = translatorIn('de');

  it('names the refused type and the accepted ones', () => {
    expect(en.say(refusalPhrase({ reason: 'type', type: 'image/svg+xml' }, 'en'))).toBe(
      'This file (image/svg+xml) is not a picture we accept. Choose a PNG, JPEG, WebP or GIF file.',
    );
    expect(en.say(refusalPhrase({ reason: 'type', type: '' }, 'en'))).toBe(
      'This file is not a picture we accept. Choose a PNG, JPEG, WebP or GIF file.',
    );
  });

  it('says how big the file is against the limit, numbers formatted for the language', () => {
    const refusal = { reason: 'size', bytes: AVATAR_MAX_BYTES + 1 } as const;
    expect(en.say(refusalPhrase(refusal, 'en'))).toBe('This picture is 5.0 MB; the limit is 5 MB. Choose a smaller file.');
    expect(de.say(refusalPhrase({ reason: 'size', bytes: 6.5 * 1024 * 1024 }, 'de'))).toBe(
      'Dieses Bild ist 6,5 MB groß; erlaubt sind höchstens 5 MB. Wählen Sie eine kleinere Datei.',
    );
  });
});

describe('formatFileSize', () => {
  it('picks the unit by size and shows a whole number of megabytes exactly', () => {
    expect(formatFileSize(12, 'en')).toBe('12 bytes');
    expect(formatFileSize(340 * 1024, 'en')).toBe('340 kB');
    expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatFileSize(5.25 * 1024 * 1024, 'en')).toBe('5.3 MB');
  });

  it('uses the decimal separator of the locale', () => {
    expect(formatFileSize(5.25 * 1024 * 1024, 'de')).toBe('5,3 MB');
  });
});
