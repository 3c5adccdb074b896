import { afterEach, describe, expect, it } from 'vitest';
import { portalUiSheet } from './sheet';
import { PAGE_SHEET_ATTRIBUTE, portalUiCss } from './styles';

afterEach(() => document.documentElement.removeAttribute(PAGE_SHEET_ATTRIBUTE));

describe('portalUiCss', () => {
  it('is empty on a page that links the sheet itself (the portal): nothing is fetched twice', () => {
    document.documentElement.setAttribute(PAGE_SHEET_ATTRIBUTE, '');
    expect(portalUiCss()()).toBe('');
  });

  it("fetches the sheet's text once on a page without it (a host page with parcels), the same for every root", async () => {
    const first = portalUiCss();
    const second = portalUiCss();
    await expect.poll(() => first()).toBe(portalUiSheet);
    expect(second()).toBe(portalUiSheet);
  });
});
