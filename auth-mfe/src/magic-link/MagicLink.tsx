import { ROUTES } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { EmailRequestScreen } from '../email-request/EmailRequestScreen';
import { useText } from '../i18n/catalogs';
import { rememberRedirect } from '../navigation/pendingRedirect';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';

export function MagicLink() {
  const { t } = useText();
  const navigation = useScreenNavigation();
  return (
    <EmailRequestScreen
      heading="magicLink.heading"
      intro="magicLink.intro"
      button="button.sendMagicLink"
      sentTo="magicLink.sentTo"
      send={(email) => {
        rememberRedirect(navigation.redirect());
        return sharedAuth.sendMagicLink(email);
      }}
      links={
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{t('link.backToLogin')}</ScreenLink>
          </li>
          <li>
            <ScreenLink to={ROUTES.register}>{t('link.createAccount')}</ScreenLink>
          </li>
        </ul>
      }
    />
  );
}
