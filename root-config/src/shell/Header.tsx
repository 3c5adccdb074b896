import { Show } from 'solid-js';
import { softNavigate } from './softNavigate';
import { ROUTES, type SharedAuth } from 'shared-auth';
import { Avatar } from './Avatar';

export function Header(props: { auth: SharedAuth }) {
  const user = () => props.auth.state.user;
  return (
    <nav class="portal-nav" aria-label="Main">
      <a class="portal-brand" href={ROUTES.home} onClick={softNavigate}>
        Portal
      </a>
      <Show
        when={user()}
        fallback={
          <div class="portal-nav-links">
            <a href={ROUTES.login} onClick={softNavigate}>
              Login
            </a>
            <a href={ROUTES.register} onClick={softNavigate}>
              Register
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
              Logout
            </button>
          </div>
        )}
      </Show>
    </nav>
  );
}
