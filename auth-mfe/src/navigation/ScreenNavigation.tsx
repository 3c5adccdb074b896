import { createContext, useContext } from 'solid-js';
import type { User } from 'portal-contract';

/**
 * How a screen moves on, whether it runs in the portal (with a router) or as a parcel in a host page.
 * Screens only ever use this, so the same screen works in both.
 */
export interface ScreenNavigation {
  /** Soft navigation is available: links are handled here instead of by the browser. */
  readonly soft: boolean;
  /** The href for a portal path (auth pages keep the current `redirect` parameter). */
  href(path: string): string;
  go(path: string, options?: { replace?: boolean }): void;
  /** The safe `redirect` parameter of this page, if any. */
  redirect(): string | null;
  /** A session has started: move on to where the user wanted to go. */
  signedIn(user: User, redirect?: string | null): void;
}

/** Without a provider (a screen rendered alone): plain links and full page loads. */
const plain: ScreenNavigation = {
  soft: false,
  href: (path) => path,
  go: (path) => window.location.assign(path),
  redirect: () => null,
  signedIn: () => undefined,
};

const Context = createContext<ScreenNavigation>(plain);

/** Provides the navigation object once; its members read whatever is current when called. */
export const ScreenNavigationProvider = Context.Provider;

export const useScreenNavigation = (): ScreenNavigation => useContext(Context);
