import { describe, expect, it } from 'vitest';
import { followKeyboardUse, KEYBOARD_ATTRIBUTE } from './keyboardUse';

describe('followKeyboardUse', () => {
  it('marks the page from a key press until the next pointer press, not before either', () => {
    const root = document.documentElement;
    followKeyboardUse();
    followKeyboardUse(); // a second caller adds no second pair of listeners
    expect(root.hasAttribute(KEYBOARD_ATTRIBUTE)).toBe(false);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root.hasAttribute(KEYBOARD_ATTRIBUTE)).toBe(true);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(root.hasAttribute(KEYBOARD_ATTRIBUTE)).toBe(false);
  });
});
