import { describe, expect, it } from 'vitest';
import { session } from '../testing/fakeSharedAuth';
import { translatorIn } from '../testing/renderSection';
import { browserLabel, describeDevice, formatStarted, lastActive, sessionDetails, sessionName, sessionNumbers } from './describeSession';

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

describe('sessionNumbers and sessionName', () => {
  it('numbers sessions of the same name in the order they were signed in, and leaves the others alone', () => {
    const later = session({ browser: 'Chrome', os: 'Linux', token: 'b', creationDtm: '2025-11-21T08:00:00.000Z' });
    const earlier = session({ browser: 'Chrome', os: 'Linux', token: 'a', creationDtm: '2025-11-20T08:00:00.000Z', current: true });
    const firefox = session({ browser: 'Firefox', os: 'Linux' });
    const numbers = sessionNumbers([later, firefox, earlier], t);
    expect([numbers.get(earlier), numbers.get(later), numbers.get(firefox)]).toEqual([1, 2, null]);
    expect(sessionName(later.userAgent, 2, t)).toBe('Chrome on Linux #2');
    expect(sessionName(firefox.userAgent, null, de)).toBe('Firefox unter Linux');
  });
});

describe('lastActive', () => {
  const now = Date.parse('2025-11-20T12:00:00.000Z');
  const at = (iso: string | undefined) => session(iso === undefined ? {} : { lastActiveDtm: iso });

  it('says now for this device, and for a session used in the last two minutes', () => {
    expect(lastActive(session({ current: true, lastActiveDtm: '2025-11-01T00:00:00.000Z' }), t, 'en', now)).toBe('Active now');
    expect(lastActive(at('2025-11-20T11:58:30.000Z'), t, 'en', now)).toBe('Active now');
  });

  it('says how long ago otherwise, in the given language', () => {
    expect(lastActive(at('2025-11-20T11:55:00.000Z'), t, 'en', now)).toBe('Active 5 minutes ago');
    expect(lastActive(at('2025-11-20T09:00:00.000Z'), t, 'en', now)).toBe('Active 3 hours ago');
    expect(lastActive(at('2025-11-19T10:00:00.000Z'), t, 'en', now)).toBe('Active yesterday');
    expect(lastActive(at('2025-11-20T11:55:00.000Z'), de, 'de', now)).toBe('Aktiv vor 5 Minuten');
  });

  it('is null when the server does not say, or says something unreadable', () => {
    expect(lastActive(at(undefined), t, 'en', now)).toBeNull();
    expect(lastActive(at('soon'), t, 'en', now)).toBeNull();
  });
});

describe('sessionDetails', () => {
  it('lists browser, address, place and last activity, each only when known', () => {
    const now = Date.parse('2025-11-20T12:00:00.000Z');
    const full = session({ ip: '203.0.113.7', place: 'Berlin, Germany', lastActiveDtm: '2025-11-20T11:50:00.000Z' });
    expect(sessionDetails(full, t, 'en', now)).toEqual(['Firefox 128', '203.0.113.7', 'Berlin, Germany', 'Active 10 minutes ago']);
    expect(sessionDetails(session(), t, 'en', now)).toEqual(['Firefox 128']);
  });
});
