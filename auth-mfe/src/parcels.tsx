/**
 * The screens as single-spa parcels for host pages (README: Embedding). No router: a link to another of these
 * screens switches the screen inside the parcel, so the user never leaves the host page for the portal's routes.
 * Once someone is signed in, the parcel shows who, with a button to sign out, instead of its form.
 * Props: AuthParcelProps (onSuccess, redirectTo with the host's navigate, theme, locale, and for register
 * termsUrl/privacyUrl).
 */
import { createSignal, Show, type Component } from 'solid-js';
import { singleSpaSolid } from 'single-spa-solid';
import { sharedAuth } from 'shared-auth/runtime';
import { AUTH_PARCELS, CONTRACT_VERSION, ROUTES, type AuthParcelName, type AuthParcelProps, type ConsentLinks } from 'portal-contract';
import { AuthFrame } from './frame/AuthFrame';
import { ForgotPassword } from './forgot-password/ForgotPassword';
import { Login } from './login/Login';
import { MagicLink } from './magic-link/MagicLink';
import { ScreenNavigationProvider, type ScreenNavigation } from './navigation/ScreenNavigation';
import { Register } from './register/Register';
import { SignedIn } from './signed-in/SignedIn';

export const contractVersion = CONTRACT_VERSION;

type Screen = Component<{ consent?: ConsentLinks | undefined }>;

/** Each parcel's screen, by the portal path its links use. */
const SCREENS: Record<AuthParcelName, { path: string; Screen: Screen }> = {
  login: { path: ROUTES.login, Screen: Login },
  register: { path: ROUTES.register, Screen: Register },
  magicLink: { path: ROUTES.magicLink, Screen: MagicLink },
  forgotPassword: { path: ROUTES.forgotPassword, Screen: ForgotPassword },
};

/** The parcel screen a portal path stands for, if any. */
const screenAt = (path: string): AuthParcelName | undefined => AUTH_PARCELS.find((name) => SCREENS[name].path === path);

function parcelNavigation(props: AuthParcelProps, show: (screen: AuthParcelName) => void): ScreenNavigation {
  const leave = (url: string) => (props.navigate ? props.navigate(url) : window.location.assign(url));
  return {
    soft: true,
    // A link to another screen stays on the host page even opened in a new tab (the page, its fragment naming it).
    href: (path) => {
      const screen = screenAt(path);
      return screen ? `#${screen}` : path;
    },
    go(href) {
      const screen = screenAt(href) ?? AUTH_PARCELS.find((name) => href === `#${name}`);
      if (screen) show(screen);
      else leave(href);
    },
    redirect: () => null,
    signedIn(user) {
      props.onSuccess?.(user);
      if (props.redirectTo) leave(props.redirectTo);
    },
  };
}

/**
 * The screen `name` shows, created again when it changes (what <Dynamic> does for a component; Dynamic itself would
 * put Solid's code for spreading props onto elements into the Solid every page shares).
 */
function CurrentScreen(props: { name: AuthParcelName; consent: ConsentLinks | undefined }) {
  return (
    <>
      {(() => {
        const Chosen = SCREENS[props.name].Screen;
        return <Chosen consent={props.consent} />;
      })()}
    </>
  );
}

/** The parcel's own termsUrl/privacyUrl, else the `consent` links. */
const consentOf = (parcel: AuthParcelProps): ConsentLinks | undefined =>
  parcel.termsUrl || parcel.privacyUrl ? { termsUrl: parcel.termsUrl, privacyUrl: parcel.privacyUrl } : parcel.consent;

function parcel(first: AuthParcelName) {
  return singleSpaSolid<AuthParcelProps>({
    rootComponent: (props) => {
      const [screen, setScreen] = createSignal(first);
      let frame: HTMLDivElement | undefined;
      // The link that was clicked is gone with its screen: focus continues at the new screen's heading.
      const show = (next: AuthParcelName) => {
        setScreen(next);
        frame?.querySelector<HTMLElement>('h1')?.focus();
      };
      return (
        <div ref={frame}>
          <AuthFrame theme={props.theme} locale={props.locale} embedded>
            <ScreenNavigationProvider value={parcelNavigation(props, show)}>
              <Show when={sharedAuth.state.user} fallback={<CurrentScreen name={screen()} consent={consentOf(props)} />}>
                {(user) => <SignedIn user={user()} />}
              </Show>
            </ScreenNavigationProvider>
          </AuthFrame>
        </div>
      );
    },
  });
}

export const login = parcel('login');
export const register = parcel('register');
export const magicLink = parcel('magicLink');
export const forgotPassword = parcel('forgotPassword');
