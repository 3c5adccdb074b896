import { createEffect, on, type Component } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { AUTH_PATHS, ROUTES, type AppProps } from 'shared-auth';
import { AuthRedirect } from './auth-redirect/AuthRedirect';
import { captureRedirectParams } from './auth-redirect/redirectParams';
import { ForgotPassword } from './forgot-password/ForgotPassword';
import { AuthFrame } from './frame/AuthFrame';
import { Home } from './home/Home';
import { Login } from './login/Login';
import { MagicLink } from './magic-link/MagicLink';
import { createPortalLocation } from './navigation/portalLocation';
import { afterSignIn, safeRedirectPath } from './navigation/safeRedirect';
import { ScreenNavigationProvider, type ScreenNavigation } from './navigation/ScreenNavigation';
import { Register } from './register/Register';
import { ResetPassword } from './reset-password/ResetPassword';

/** The portal's auth paths (DESIGN.md) and their screens. */
const SCREENS: Record<string, Component> = {
  [ROUTES.home]: Home,
  [ROUTES.login]: Login,
  [ROUTES.register]: Register,
  [ROUTES.magicLink]: MagicLink,
  [ROUTES.forgotPassword]: ForgotPassword,
  [ROUTES.resetPassword]: ResetPassword,
  [ROUTES.authRedirect]: AuthRedirect,
};

const isAuthPath = (url: string): boolean => AUTH_PATHS.includes(url.split(/[?#]/)[0]!);

/**
 * The application single-spa mounts on the auth paths. Moves between its own paths stay inside it; any other
 * path goes through the shell's soft navigation (props.navigate).
 */
export function AuthApp(props: AppProps) {
  // Before any screen reads the address bar (SECURITY B1).
  if (window.location.pathname === ROUTES.authRedirect) captureRedirectParams();
  const location = createPortalLocation();
  let frame: HTMLDivElement | undefined;

  const redirect = () => safeRedirectPath(new URLSearchParams(location.search()).get('redirect'));
  const go = (url: string, options?: { replace?: boolean }) => {
    if (isAuthPath(url)) return location.navigate(url, options);
    // The shell's guard may already have moved there when the session started: no second history entry.
    if (window.location.pathname + window.location.search !== url) props.navigate(url);
  };
  const navigation: ScreenNavigation = {
    soft: true,
    href: (path) => {
      const keep = redirect();
      return keep && isAuthPath(path) && path !== ROUTES.home ? `${path}?redirect=${encodeURIComponent(keep)}` : path;
    },
    go,
    redirect,
    signedIn: (_user, target) => go(afterSignIn(target)),
  };

  // After a move between screens, focus the new heading (where a page load would put the reader).
  createEffect(on(location.pathname, () => queueMicrotask(() => frame?.querySelector<HTMLElement>('h1')?.focus()), { defer: true }));

  return (
    <AuthFrame>
      <div ref={frame}>
        <ScreenNavigationProvider value={navigation}>
          <Dynamic component={SCREENS[location.pathname()]} />
        </ScreenNavigationProvider>
      </div>
    </AuthFrame>
  );
}
