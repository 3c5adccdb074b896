import { beforeEach, describe, expect, test } from 'vitest';
import { stashLinkParams, takeLinkParams } from './linkParams';

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('link parameters', () => {
  test('leave the address bar at once, wait in the history state, and are taken once', () => {
    window.history.replaceState({ kept: 1 }, '', '/auth-redirect?access_token=tok&action=magic-link&status=200&lang=de');
    stashLinkParams();
    expect(window.location.href).not.toContain('tok');
    expect(window.location.search).toBe('?lang=de');
    expect(takeLinkParams()).toEqual({ access_token: 'tok', action: 'magic-link', status: '200' });
    expect(window.history.state).toEqual({ kept: 1 });
    expect(takeLinkParams()).toBeNull();
  });

  test('a token in the fragment leaves too', () => {
    window.history.replaceState(null, '', '/auth-redirect#access_token=frag&action=reset-pwd');
    stashLinkParams();
    expect(window.location.href).not.toContain('frag');
    expect(window.location.hash).toBe('');
    expect(takeLinkParams()).toEqual({ access_token: 'frag', action: 'reset-pwd' });
  });

  test('a URL without link parameters is left as it is', () => {
    window.history.replaceState(null, '', '/login?redirect=%2Fprofile#top');
    stashLinkParams();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/login?redirect=%2Fprofile#top');
    expect(takeLinkParams()).toBeNull();
  });
});
