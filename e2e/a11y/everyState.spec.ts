/**
 * axe on every state of every screen (pageStates.ts), in English and German, light and dark (issue #17), with
 * `expectNoAxeViolations` (WCAG 2.x A/AA and best practices, contrast included): zero violations of any impact,
 * no rule excluded. The screens' language is the browser's (`locale`); each state is checked in the light theme,
 * then in the dark one (the browser's colour scheme switched under the shown state, as a user's system may do).
 */
import { expectNoAxeViolations } from 'portal-testing/axe';
import { expect, STATES, test, wordsOf } from './pageStates';

for (const locale of ['en', 'de'] as const) {
  test.describe(locale, () => {
    test.use({ locale: locale === 'de' ? 'de-DE' : 'en-GB', colorScheme: 'light' });
    const say = wordsOf(locale);

    for (const state of STATES) {
      test(`axe finds nothing on ${state.name}, light and dark`, async ({ page, user, portal }) => {
        await state.show(page, { say, user, portal });
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        // The same state in both themes: the page follows the browser's colour scheme as it changes.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await expectNoAxeViolations(page, `${state.name} (${locale}, ${colorScheme})`);
        }
      });
    }
  });
}
