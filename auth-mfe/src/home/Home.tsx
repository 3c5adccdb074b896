import { ROUTES } from 'portal-contract';
import { Heading } from '../frame/Heading';
import { useText } from '../i18n/catalogs';
import { ScreenLink } from '../navigation/ScreenLink';

/** The three ways in. */
export function Home() {
  const { t } = useText();
  return (
    <>
      <Heading>{t('home.heading')}</Heading>
      <p class="pui-text pui-muted">{t('home.intro')}</p>
      <ul class="auth-ways" aria-label={t('home.waysLabel')}>
        <li>
          <ScreenLink to={ROUTES.login} class="pui-button">
            {t('link.login')}
          </ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.register} class="pui-button" variant="secondary">
            {t('link.register')}
          </ScreenLink>
        </li>
        <li>
          <ScreenLink to={ROUTES.magicLink} class="pui-button" variant="secondary">
            {t('link.magicLink')}
          </ScreenLink>
        </li>
      </ul>
    </>
  );
}
