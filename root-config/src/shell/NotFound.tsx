import { Show } from 'solid-js';
import { softNavigate } from './softNavigate';
import { ROUTES } from 'portal-contract';
import { useShellText } from '../i18n/catalogs';
import { pathname } from '../routing/location';
import { routeAt } from '../routing/routeTable';

export function NotFound() {
  const { t } = useShellText();
  const unknown = () => !routeAt(pathname());
  return (
    <Show when={unknown()}>
      <section class="portal-not-found">
        <h1>{t('notFound.heading')}</h1>
        <p>{t('notFound.text', { path: pathname() })}</p>
        <a href={ROUTES.home} onClick={softNavigate}>
          {t('notFound.home')}
        </a>
      </section>
    </Show>
  );
}
