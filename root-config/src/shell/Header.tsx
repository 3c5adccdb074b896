import { Show } from 'solid-js';
import { softNavigate } from './softNavigate';
import { ROUTES, type SharedAuth } from 'portal-contract';
import { useShellText } from '../i18n/catalogs';
import { Avatar } from './Avatar';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The portal's header: navigation, and the language switcher unless portal.config.json fixes the locale. */
export function Header(props: { auth: SharedAuth; languageSwitcher: boolean }) {
  const { t } = useShellText();
  const user = () => props.auth.state.user;
  return (
    <div class="portal-bar">
      <nav class="portal-nav" aria-label={t('header.navLabel')}>
        <a class="portal-brand" href={ROUTES.home} onClick={softNavigate}>
          {t('header.brand')}
        </a>
        <Show
          when={user()}
          fallback={
            <div class="portal-nav-links">
              <a href={ROUTES.login} onClick={softNavigate}>
                {t('header.login')}
              </a>
              <a href={ROUTES.register} onClick={softNavigate}>
                {t('header.register')}
              </a>
            </div>
          }
        >
          {(signedIn) => (
            <div class="portal-nav-links">
              <a class="portal-user" href={ROUTES.profile} onClick={softNavigate}>
                <Avatar name={signedIn().name ?? signedIn().email} src={signedIn().profilePicture} />
                <span data-testid="header-user-name">{signedIn().name ?? signedIn().email}</span>
              </a>
              <button type="button" class="portal-button" onClick={() => void props.auth.signOut()}>
                {t('header.logout')}
              </button>
            </div>
          )}
        </Show>
      </nav>
      <Show when={props.languageSwitcher}>
        <LanguageSwitcher auth={props.auth} />
      </Show>
    </div>
  );
}
