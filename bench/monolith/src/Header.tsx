/** The portal's header (same markup and test id as root-config's) with the monolith's own navigation. */
import { Show } from 'solid-js';
import { ROUTES } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { Avatar } from '../../../root-config/src/shell/Avatar';

export function Header(props: { navigate: (url: string) => void }) {
  const link = (url: string) => (event: MouseEvent) => (event.preventDefault(), props.navigate(url));
  return (
    <nav class="pui-root portal-nav" aria-label="Main">
      <a class="portal-brand" href={ROUTES.home} onClick={link(ROUTES.home)}>
        Portal
      </a>
      <Show
        when={sharedAuth.state.user}
        fallback={
          <div class="portal-nav-links">
            <a class="pui-button" data-variant="secondary" href={ROUTES.login} onClick={link(ROUTES.login)}>
              Log in
            </a>
            <a class="pui-button" href={ROUTES.register} onClick={link(ROUTES.register)}>
              Register
            </a>
          </div>
        }
      >
        {(signedIn) => (
          <div class="portal-nav-links">
            <a class="portal-user" href={ROUTES.profile} onClick={link(ROUTES.profile)}>
              <Avatar person={signedIn()} />
              <span class="portal-user-name" data-testid="header-user-name">
                {signedIn().name || signedIn().email}
              </span>
            </a>
            <button type="button" class="pui-button" data-variant="secondary" onClick={() => void sharedAuth.signOut()}>
              Log out
            </button>
          </div>
        )}
      </Show>
    </nav>
  );
}
