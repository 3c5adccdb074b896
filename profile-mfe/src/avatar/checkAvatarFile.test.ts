import { describe, expect, it } from 'vitest';
import { AVATAR_MAX_BYTES, checkAvatarFile } from './checkAvatarFile';
import { initials } from './initials';

describe('checkAvatarFile', () => {
  it.each(['image/png', 'image/jpeg', 'image/webp', 'image/gif'])('accepts %s', (type) => {
    expect(checkAvatarFile({ type, size: 1000 })).toBeNull();
  });

  it('accepts exactly 5 MiB', () => {
    expect(checkAvatarFile({ type: 'image/png', size: AVATAR_MAX_BYTES })).toBeNull();
  });

  it('refuses SVG, which could carry script', () => {
    expect(checkAvatarFile({ type: 'image/svg+xml', size: 1000 })).toMatch(/PNG, JPEG, WebP or GIF/);
  });

  it('refuses one byte over 5 MiB and says how big the file is', () => {
    expect(checkAvatarFile({ type: 'image/png', size: AVATAR_MAX_BYTES + 1 })).toBe(
      'This picture is 5.0 MB; the limit is 5 MB. Choose a smaller file.',
    );
  });

  it('refuses an empty file', () => {
    expect(checkAvatarFile({ type: 'image/gif', size: 0 })).toMatch(/empty/);
  });
});

describe('initials', () => {
  it('takes the first and last word', () => {
    expect(initials('Ada King Lovelace')).toBe('AL');
  });

  it('uses the part of an email address before the @', () => {
    expect(initials('grace.hopper@example.test')).toBe('GH');
  });

  it('has a placeholder for nothing', () => {
    expect(initials('  ')).toBe('?');
  });
});
