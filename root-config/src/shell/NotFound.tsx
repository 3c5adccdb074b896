import { Show } from 'solid-js';
import { softNavigate } from './softNavigate';
import { ROUTES } from 'shared-auth';
import { APPS } from '../remotes/registerApps';
import { pathname } from '../routing/location';

export function NotFound() {
  const unknown = () => !APPS.some((app) => app.activeWhen({ pathname: pathname() } as Location));
  return (
    <Show when={unknown()}>
      <section class="portal-not-found">
        <h1>Page not found</h1>
        <p>There is nothing at {pathname()}.</p>
        <a href={ROUTES.home} onClick={softNavigate}>
          Go to the home page
        </a>
      </section>
    </Show>
  );
}
