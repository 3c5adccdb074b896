/**
 * Set on <html> while the keyboard is in use (from a key press to the next pointer press). Headings and alerts
 * focused by script show their ring only then: Chromium counts a script's focus on a page nobody has touched yet
 * (a screen opened from an emailed link) as keyboard focus, so :focus-visible alone would ring it.
 */
export const KEYBOARD_ATTRIBUTE = 'data-pui-keyboard';

const followed = new WeakSet<Document>();

/** Starts following the keyboard's use on the page; once per page, whoever calls it first. */
export function followKeyboardUse(doc: Document = document): void {
  if (followed.has(doc)) return;
  followed.add(doc);
  const root = doc.documentElement;
  doc.addEventListener('keydown', () => root.setAttribute(KEYBOARD_ATTRIBUTE, ''), true);
  doc.addEventListener('pointerdown', () => root.removeAttribute(KEYBOARD_ATTRIBUTE), true);
}
