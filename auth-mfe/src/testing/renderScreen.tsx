import { vi } from 'vitest';
import type { Component } from 'solid-js';
import { render } from '@solidjs/testing-library';
import { ScreenNavigationProvider, type ScreenNavigation } from '../navigation/ScreenNavigation';

/** Renders one screen with a recording navigation, as the portal or a parcel would provide. */
export function renderScreen(Screen: Component, options: { redirect?: string | null } = {}) {
  const navigation = {
    soft: true,
    href: (path: string) => path,
    go: vi.fn<ScreenNavigation['go']>(),
    redirect: () => options.redirect ?? null,
    signedIn: vi.fn<ScreenNavigation['signedIn']>(),
  } satisfies ScreenNavigation;
  const result = render(() => (
    <ScreenNavigationProvider value={navigation}>
      <Screen />
    </ScreenNavigationProvider>
  ));
  return { ...result, navigation };
}
