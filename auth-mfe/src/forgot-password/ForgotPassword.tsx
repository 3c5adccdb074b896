import { ROUTES } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { EmailRequestScreen } from '../email-request/EmailRequestScreen';
import { useText } from '../i18n/catalogs';
import { ScreenLink } from '../navigation/ScreenLink';

export function ForgotPassword() {
  const { t } = useText();
  return (
    <EmailRequestScreen
      heading="forgotPassword.heading"
      intro="forgotPassword.intro"
      button="button.sendResetLink"
      sentTo="forgotPassword.sentTo"
      send={(email) => sharedAuth.sendResetLink(email)}
      links={
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{t('link.backToLogin')}</ScreenLink>
          </li>
        </ul>
      }
    />
  );
}
