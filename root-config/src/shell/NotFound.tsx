import { Show } from 'solid-js';
import { ROUTES } from 'portal-contract';
import { useShellText } from '../i18n/catalogs';
import { pathname } from '../routing/location';
import { routeAt } from '../routing/routeTable';
import { softNavigate } from './softNavigate';

/** The shell's own page, a portal-ui card like the screens': shown when no app owns the path. */
export function NotFound() {
  const { t } = useShellText();
  const unknown = () => !routeAt(pathname());
  return (
    <Show when={unknown()}>
      <section class="pui-root portal-not-found">
        <div class="pui-card">
          <h1 class="pui-heading" tabindex="-1">
            {t('notFound.heading')}
          </h1>
          <p class="pui-text">{t('notFound.text', { path: pathname() })}</p>
          <a class="pui-link" href={ROUTES.home} onClick={softNavigate}>
            {t('notFound.home')}
          </a>
        </div>
      </section>
    </Show>
  );
}
