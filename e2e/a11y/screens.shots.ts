/**
 * Screenshots of every state of every screen (pageStates.ts) for a person to look at: English at 1280 and 390 px
 * wide, light and dark, and German (the longest words) at 1280 px, light. Not a test: run it with
 * `pnpm run shots` (playwright.shots.config.ts); the PNGs go to SHOTS_DIR (default test-results/shots).
 */
import { STATES, test, wordsOf, type Locale } from './pageStates';

const DIR = process.env.SHOTS_DIR ?? 'test-results/shots';

/** What to photograph in each language: width and colour scheme. */
const VIEWS: Record<Locale, { width: number; colorScheme: 'light' | 'dark' }[]> = {
  en: [
    { width: 1280, colorScheme: 'light' },
    { width: 1280, colorScheme: 'dark' },
    { width: 390, colorScheme: 'light' },
    { width: 390, colorScheme: 'dark' },
  ],
  de: [{ width: 1280, colorScheme: 'light' }],
};

const fileName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

for (const locale of ['en', 'de'] as const) {
  test.describe(locale, () => {
    test.use({ locale: locale === 'de' ? 'de-DE' : 'en-GB', viewport: { width: 1280, height: 800 } });

    STATES.forEach((state, index) => {
      test(`${state.name}`, async ({ page, user, portal }) => {
        await state.show(page, { say: wordsOf(locale), user, portal });
        for (const { width, colorScheme } of VIEWS[locale]) {
          await page.setViewportSize({ width, height: 800 });
          await page.emulateMedia({ colorScheme });
          const number = String(index + 1).padStart(2, '0');
          await page.screenshot({ path: `${DIR}/${number}-${fileName(state.name)}-${locale}-${width}-${colorScheme}.png`, fullPage: true });
        }
      });
    });
  });
}
