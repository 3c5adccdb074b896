import { describe, expect, it } from 'vitest';
import { stashLinkParams } from 'portal-contract';
import { captureRedirectParams, linkOutcome } from './redirectParams';

describe('captureRedirectParams (docs/security.md B1)', () => {
  it('reads the link and removes it from the address bar, keeping other parameters', () => {
    window.history.replaceState(null, '', '/auth-redirect?access_token=secret-token&action=magic-link&status=200&keep=1');
    const params = captureRedirectParams();
    expect(params).toEqual({ token: 'secret-token', action: 'magic-link', status: 200, error: null });
    expect(window.location.href).not.toContain('secret-token');
    expect(window.location.search).toBe('?keep=1');
  });

  it('takes a link the root config already moved out of the address bar', () => {
    window.history.replaceState(null, '', '/auth-redirect?access_token=stashed&action=reset-pwd&status=200');
    stashLinkParams();
    expect(window.location.search).toBe('');
    expect(captureRedirectParams()).toEqual({ token: 'stashed', action: 'reset-pwd', status: 200, error: null });
  });

  it('a second read without parameters gives the same link (a second mount is not blank)', () => {
    window.history.replaceState(null, '', '/auth-redirect?access_token=first&action=email-confirm');
    captureRedirectParams();
    expect(captureRedirectParams()?.token).toBe('first');
  });
});

describe('linkOutcome', () => {
  it('grants email-confirm and magic-link tokens', () => {
    expect(linkOutcome({ token: 't', action: 'email-confirm', status: 200, error: null })).toEqual({
      kind: 'grant',
      token: 't',
      action: 'email-confirm',
    });
  });

  it('sends reset-pwd tokens to the reset form', () => {
    expect(linkOutcome({ token: 't', action: 'reset-pwd', status: 200, error: null })).toEqual({ kind: 'reset', token: 't' });
  });

  it('confirms a change-email link without a token', () => {
    expect(linkOutcome({ token: null, action: 'change-email', status: 200, error: null }).kind).toBe('email-changed');
  });

  it('tells a used link from an invalid or expired one', () => {
    expect(
      linkOutcome({ token: null, action: 'magic-link', status: 400, error: 'This link has already been used. Please request a new one.' }),
    ).toMatchObject({
      kind: 'failed',
      reason: 'used',
    });
    expect(linkOutcome({ token: null, action: 'magic-link', status: 400, error: 'This link is invalid or has expired.' })).toMatchObject({
      kind: 'failed',
      reason: 'invalid',
    });
  });
});
