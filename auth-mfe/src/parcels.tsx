/**
 * The screens as single-spa parcels for host pages (README: Embedding). No router: the screen's links use the
 * host's `navigate` when given, else they are plain links. Props: AuthParcelProps (onSuccess, redirectTo, theme,
 * locale, and for register termsUrl/privacyUrl).
 */
import type { Component } from 'solid-js';
import { singleSpaSolid } from 'single-spa-solid';
import { CONTRACT_VERSION, type AuthParcelProps, type ConsentLinks } from 'portal-contract';
import { AuthFrame } from './frame/AuthFrame';
import { ForgotPassword } from './forgot-password/ForgotPassword';
import { Login } from './login/Login';
import { MagicLink } from './magic-link/MagicLink';
import { ScreenNavigationProvider, type ScreenNavigation } from './navigation/ScreenNavigation';
import { Register } from './register/Register';

export const contractVersion = CONTRACT_VERSION;

function parcelNavigation(props: AuthParcelProps): ScreenNavigation {
  const go = (url: string) => (props.navigate ? props.navigate(url) : window.location.assign(url));
  return {
    get soft() {
      return props.navigate !== undefined;
    },
    href: (path) => path,
    go,
    redirect: () => null,
    signedIn(user) {
      props.onSuccess?.(user);
      if (props.redirectTo) go(props.redirectTo);
    },
  };
}

/** The parcel's own termsUrl/privacyUrl, else the `consent` links. */
const consentOf = (parcel: AuthParcelProps): ConsentLinks | undefined =>
  parcel.termsUrl || parcel.privacyUrl ? { termsUrl: parcel.termsUrl, privacyUrl: parcel.privacyUrl } : parcel.consent;

function parcel(Screen: Component<{ consent?: ConsentLinks | undefined }>) {
  return singleSpaSolid<AuthParcelProps>({
    rootComponent: (props) => (
      <AuthFrame theme={props.theme} locale={props.locale} embedded>
        <ScreenNavigationProvider value={parcelNavigation(props)}>
          <Screen consent={consentOf(props)} />
        </ScreenNavigationProvider>
      </AuthFrame>
    ),
  });
}

export const login = parcel(Login);
export const register = parcel(Register);
export const magicLink = parcel(MagicLink);
export const forgotPassword = parcel(ForgotPassword);
