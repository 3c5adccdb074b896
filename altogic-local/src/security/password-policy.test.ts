import { describe, expect, it } from 'vitest';
// The rules the screens show (declared once, in the federation contract); the server must enforce the same.
import { PASSWORD_RULES } from '../../../portal-contract/src/contract.ts';
import { assertAcceptablePassword } from './password-policy.ts';

/** The `reason` of the validation_error a password gets, or null if it is accepted. */
function refusal(password: string): string | null {
  try {
    assertAcceptablePassword(password);
    return null;
  } catch (error) {
    const details = (error as { details?: { reason?: string } }).details;
    return details?.reason ?? String(error);
  }
}

const ofLength = (length: number) => 'ƒ'.repeat(length);

describe('the password policy agrees with shared-auth PASSWORD_RULES', () => {
  it(`refuses fewer than minLength (${PASSWORD_RULES.minLength}) characters and accepts exactly minLength`, () => {
    expect(refusal(ofLength(PASSWORD_RULES.minLength - 1))).toBe('too_short');
    expect(refusal(ofLength(PASSWORD_RULES.minLength))).toBeNull();
  });

  it(`accepts exactly maxLength (${PASSWORD_RULES.maxLength}) characters and refuses one more`, () => {
    expect(refusal(ofLength(PASSWORD_RULES.maxLength))).toBeNull();
    expect(refusal(ofLength(PASSWORD_RULES.maxLength + 1))).toBe('too_long');
  });

  it('counts characters as the screens do (code points after NFKC), not UTF-16 units', () => {
    const emoji = '🔑'.repeat(PASSWORD_RULES.minLength);
    expect(emoji.length).toBe(PASSWORD_RULES.minLength * 2);
    expect(refusal(emoji)).toBeNull();
    expect(refusal('🔑'.repeat(PASSWORD_RULES.minLength - 1))).toBe('too_short');
  });

  it('refuses a commonly used password only when notCommon is a rule', () => {
    expect(PASSWORD_RULES.notCommon).toBe(true);
    expect(refusal('password123')).toBe('too_common');
    expect(refusal('Password123')).toBe('too_common');
  });

  it('refuses a password of only spaces (or other white space) as too common, whatever its length', () => {
    for (const blank of [' '.repeat(PASSWORD_RULES.minLength), ' '.repeat(40), '\u3000'.repeat(12), ' \t '.repeat(5)]) {
      expect(refusal(blank)).toBe('too_common');
    }
    expect(refusal(' correct horse ')).toBeNull();
  });
});
