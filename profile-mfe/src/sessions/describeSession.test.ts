import { describe, expect, it } from 'vitest';
import { session } from '../testing/fakeSharedAuth';
import { translatorIn } from '../testing/renderSection';
import { browserLabel, describeDevice, formatStarted } from './describeSession';

const { t } = translatorIn('en');
const de = translatorIn('de').t;

describe('describeDevice', () => {
  it('names browser and system, leaving out a desktop device reported as "Other"', () => {
    expect(describeDevice(session({ browser: 'Firefox', os: 'Linux' }).userAgent, t)).toBe('Firefox on Linux');
  });

  it('adds the device when the server knows it', () => {
    expect(describeDevice(session({ browser: 'Mobile Safari', os: 'iOS', device: 'iPhone' }).userAgent, t)).toBe(
      'Mobile Safari on iOS (iPhone)',
    );
  });

  it('says unknown instead of "Other"', () => {
    expect(describeDevice(session({ browser: 'Other', os: 'Other' }).userAgent, t)).toBe('Unknown browser on unknown system');
  });

  it('speaks the language it is given', () => {
    expect(describeDevice(session({ browser: 'Firefox', os: 'Other' }).userAgent, de)).toBe('Firefox unter unbekanntem System');
  });
});

describe('browserLabel', () => {
  it('adds the major version', () => {
    expect(browserLabel(session({ browser: 'Firefox' }).userAgent, t)).toBe('Firefox 128');
  });

  it('leaves out a version of "0"', () => {
    const agent = { ...session({ browser: 'Edge' }).userAgent, major: '0' };
    expect(browserLabel(agent, t)).toBe('Edge');
  });

  it('says unknown instead of "Other"', () => {
    expect(browserLabel(session({ browser: 'Other' }).userAgent, de)).toBe('Unbekannter Browser');
  });
});

describe('formatStarted', () => {
  it('formats with Intl in the given locale', () => {
    const iso = '2025-11-20T08:00:00.000Z';
    const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    expect(formatStarted(iso, 'en-GB')).toBe(expected);
    expect(expected).toContain('2025');
  });

  it('shows an unreadable value as it came', () => {
    expect(formatStarted('yesterday')).toBe('yesterday');
  });
});
