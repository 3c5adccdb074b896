import { vi } from 'vitest';
import type { Component } from 'solid-js';
import { render } from '@solidjs/testing-library';
import { createTranslator, TranslatorProvider } from 'portal-ui';
import { authCatalogs } from '../i18n/catalogs';
import { ScreenNavigationProvider, type ScreenNavigation } from '../navigation/ScreenNavigation';

/** Renders one screen with a recording navigation and its words (catalogs preloaded by setup.ts), as the portal or a parcel would provide. */
export function renderScreen(Screen: Component, options: { redirect?: string | null; locale?: string } = {}) {
  const navigation = {
    soft: true,
    href: (path: string) => path,
    go: vi.fn<ScreenNavigation['go']>(),
    redirect: () => options.redirect ?? null,
    signedIn: vi.fn<ScreenNavigation['signedIn']>(),
  } satisfies ScreenNavigation;
  const result = render(() => (
    <TranslatorProvider value={createTranslator(authCatalogs, () => options.locale ?? 'en')}>
      <ScreenNavigationProvider value={navigation}>
        <Screen />
      </ScreenNavigationProvider>
    </TranslatorProvider>
  ));
  return { ...result, navigation };
}
