import { createEffect, lazy, on, type Component } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { afterSignIn, AUTH_PATHS, ROUTES, safeRedirectPath, type AppProps, type ConsentLinks } from 'shared-auth';
import { captureRedirectParams } from './auth-redirect/redirectParams';
import { AuthFrame } from './frame/AuthFrame';
import { Home } from './home/Home';
import { Login } from './login/Login';
import { createPortalLocation } from './navigation/portalLocation';
import { ScreenNavigationProvider, type ScreenNavigation } from './navigation/ScreenNavigation';

/**
 * The other screens load when first shown, so that /login fetches only its own code (the 15 kB budget; the
 * message catalog of the active locale comes on top). Parcels import them directly.
 */
const AuthRedirect = lazy(async () => ({ default: (await import('./auth-redirect/AuthRedirect')).AuthRedirect }));
const ForgotPassword = lazy(async () => ({ default: (await import('./forgot-password/ForgotPassword')).ForgotPassword }));
const MagicLink = lazy(async () => ({ default: (await import('./magic-link/MagicLink')).MagicLink }));
const Register = lazy(async () => ({ default: (await import('./register/Register')).Register }));
const ResetPassword = lazy(async () => ({ default: (await import('./reset-password/ResetPassword')).ResetPassword }));

/** The portal's auth paths (DESIGN.md) and their screens (Register takes the consent links). */
const SCREENS: Record<string, Component<{ consent?: ConsentLinks | undefined }>> = {
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

  // After a move between screens, focus the new heading (where a page load would put the reader), once the
  // screen is there: a screen shown for the first time arrives with its chunk, a few frames later.
  let move = 0;
  const focusHeading = (ofMove: number, frames = 0) => {
    const heading = frame?.querySelector<HTMLElement>('h1');
    if (heading) heading.focus();
    else if (ofMove === move && frames < 120) requestAnimationFrame(() => focusHeading(ofMove, frames + 1));
  };
  createEffect(on(location.pathname, () => queueMicrotask(() => focusHeading(++move)), { defer: true }));

  return (
    <AuthFrame>
      <div ref={frame}>
        <ScreenNavigationProvider value={navigation}>
          <Dynamic component={SCREENS[location.pathname()]} consent={props.consent} />
        </ScreenNavigationProvider>
      </div>
    </AuthFrame>
  );
}
