import { Show } from 'solid-js';
import { createSubmission, SubmitButton } from 'portal-ui';
import { ROUTES, type SharedAuth } from 'portal-contract';
import { useShellText } from '../i18n/catalogs';
import { Avatar } from './Avatar';
import { LanguageSwitcher } from './LanguageSwitcher';
import { softNavigate } from './softNavigate';

/**
 * The portal's header: navigation, and the language switcher unless portal.config.json fixes the locale. Its
 * buttons are portal-ui's, as on the screens; signed in or out it holds one row of them, so it keeps its height.
 */
export function Header(props: { auth: SharedAuth; languageSwitcher: boolean }) {
  const { t } = useShellText();
  const user = () => props.auth.state.user;
  const logout = createSubmission(() => props.auth.signOut());
  return (
    <div class="pui-root portal-bar">
      <nav class="portal-nav" aria-label={t('header.navLabel')}>
        <a class="portal-brand" href={ROUTES.home} onClick={softNavigate}>
          {t('header.brand')}
        </a>
        <Show
          when={user()}
          fallback={
            <div class="portal-nav-links">
              <a class="pui-button" data-variant="secondary" href={ROUTES.login} onClick={softNavigate}>
                {t('header.login')}
              </a>
              <a class="pui-button" href={ROUTES.register} onClick={softNavigate}>
                {t('header.register')}
              </a>
            </div>
          }
        >
          {(signedIn) => (
            <div class="portal-nav-links">
              <a class="portal-user" href={ROUTES.profile} onClick={softNavigate}>
                <Avatar person={signedIn()} />
                <span class="portal-user-name" data-testid="header-user-name">
                  {signedIn().name || signedIn().email}
                </span>
              </a>
              <SubmitButton type="button" variant="secondary" submitting={logout.pending()} onClick={() => void logout.submit()}>
                {t('header.logout')}
              </SubmitButton>
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
