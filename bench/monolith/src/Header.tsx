/** The portal's header (same markup and test id as root-config's) with the monolith's own navigation. */
import { Show } from 'solid-js';
import { ROUTES } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { Avatar } from '../../../root-config/src/shell/Avatar';

export function Header(props: { navigate: (url: string) => void }) {
  const link = (url: string) => (event: MouseEvent) => (event.preventDefault(), props.navigate(url));
  return (
    <nav class="portal-nav" aria-label="Main">
      <a class="portal-brand" href={ROUTES.home} onClick={link(ROUTES.home)}>
        Portal
      </a>
      <Show
        when={sharedAuth.state.user}
        fallback={
          <div class="portal-nav-links">
            <a href={ROUTES.login} onClick={link(ROUTES.login)}>
              Login
            </a>
            <a href={ROUTES.register} onClick={link(ROUTES.register)}>
              Register
            </a>
          </div>
        }
      >
        {(signedIn) => (
          <div class="portal-nav-links">
            <a class="portal-user" href={ROUTES.profile} onClick={link(ROUTES.profile)}>
              <Avatar name={signedIn().name ?? signedIn().email} src={signedIn().profilePicture} />
              <span data-testid="header-user-name">{signedIn().name ?? signedIn().email}</span>
            </a>
            <button type="button" class="portal-button" onClick={() => void sharedAuth.signOut()}>
              Logout
            </button>
          </div>
        )}
      </Show>
    </nav>
  );
}
