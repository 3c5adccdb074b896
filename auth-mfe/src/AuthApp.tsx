import { createEffect, lazy, on, type JSX } from 'solid-js';
import { Route, useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { afterSignIn, AUTH_PATHS, ROUTES, safeRedirectPath, SIGNED_OUT_ONLY, type AppProps } from 'portal-contract';
import { PortalRouter } from 'single-spa-solid/router';
import { sharedAuth } from 'shared-auth/runtime';
import { captureRedirectParams } from './auth-redirect/redirectParams';
import { AuthFrame } from './frame/AuthFrame';
import { Home } from './home/Home';
import { Login } from './login/Login';
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

const isAuthPath = (url: string): boolean => AUTH_PATHS.includes(url.split(/[?#]/)[0]!);

/**
 * The application single-spa mounts on the auth paths, routed by @solidjs/router (PortalRouter). Moves between
 * its own paths stay inside it; any other path goes through single-spa (props.navigate).
 */
export function AuthApp(props: AppProps) {
  // Before any screen reads the address bar (docs/security.md B1).
  if (window.location.pathname === ROUTES.authRedirect) captureRedirectParams();
  return (
    <AuthFrame>
      <PortalRouter root={(route) => <Screens navigate={props.navigate}>{route.children}</Screens>}>
        <Route path={ROUTES.home} component={Home} />
        <Route path={ROUTES.login} component={Login} />
        <Route path={ROUTES.register} component={() => <Register consent={props.consent} />} />
        <Route path={ROUTES.magicLink} component={MagicLink} />
        <Route path={ROUTES.forgotPassword} component={ForgotPassword} />
        <Route path={ROUTES.resetPassword} component={ResetPassword} />
        <Route path={ROUTES.authRedirect} component={AuthRedirect} />
      </PortalRouter>
    </AuthFrame>
  );
}

/**
 * What the screens need from the router, as ScreenNavigation (parcels provide another). This is the one place
 * that moves the user after sign-in: a screen's own sign-in, and one in another tab while a sign-in page shows.
 */
function Screens(props: { navigate: (url: string) => void; children?: JSX.Element }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  let frame: HTMLDivElement | undefined;

  const redirect = () => safeRedirectPath(typeof search.redirect === 'string' ? search.redirect : null);
  const go = (url: string, options?: { replace?: boolean }) => (isAuthPath(url) ? navigate(url, options) : props.navigate(url));
  const navigation: ScreenNavigation = {
    soft: true,
    href: (path) => {
      const keep = redirect();
      return keep && isAuthPath(path) && path !== ROUTES.home ? `${path}?redirect=${encodeURIComponent(keep)}` : path;
    },
    go,
    redirect,
    // Once: a sign-in here is seen by the effect below too, which moved the user first (the address is no
    // longer one of ours while single-spa swaps the apps; the router's location follows only after that).
    signedIn: (_user, target) => void (isAuthPath(window.location.pathname) && go(afterSignIn(target))),
  };
  createEffect(
    on(
      () => sharedAuth.state.user,
      (user) => {
        if (user && SIGNED_OUT_ONLY.includes(location.pathname)) navigation.signedIn(user, redirect());
      },
      { defer: true },
    ),
  );

  // After a move between screens, focus the new heading (where a page load would put the reader), once the
  // screen is there: a screen shown for the first time arrives with its chunk, a few frames later.
  let move = 0;
  const focusHeading = (ofMove: number, frames = 0) => {
    const heading = frame?.querySelector<HTMLElement>('h1');
    if (heading) heading.focus();
    else if (ofMove === move && frames < 120) requestAnimationFrame(() => focusHeading(ofMove, frames + 1));
  };
  createEffect(
    on(
      () => location.pathname,
      () => queueMicrotask(() => focusHeading(++move)),
      { defer: true },
    ),
  );

  return (
    <div ref={frame}>
      <ScreenNavigationProvider value={navigation}>{props.children}</ScreenNavigationProvider>
    </div>
  );
}
