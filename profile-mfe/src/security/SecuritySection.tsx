import { createUniqueId } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { createSubmission, RetryNotice, SubmissionAlert, SubmitButton } from 'portal-ui';
import { useText } from '../i18n/catalogs';
import { EmailForm } from './EmailForm';
import { PasswordForm } from './PasswordForm';

/** Password, email and Log out. The shell leaves /profile once shared-auth reports the user signed out. */
export function SecuritySection() {
  const { t } = useText();
  const id = createUniqueId();
  const logout = createSubmission(() => sharedAuth.signOut());

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('security.heading')}</h2>
      <div class="profile-security-grid">
        <PasswordForm />
        <EmailForm />
      </div>
      <section class="profile-subsection" aria-labelledby={`${id}-signout`}>
        <h3 id={`${id}-signout`}>{t('security.signOutHeading')}</h3>
        <p class="pui-hint">{t('security.signOutIntro')}</p>
        <SubmissionAlert error={logout.error()} />
        <div class="profile-actions">
          <SubmitButton
            type="button"
            variant="secondary"
            submitting={logout.pending()}
            disabled={logout.wait.blocked()}
            onClick={() => void logout.submit()}
          >
            {t('security.logout')}
          </SubmitButton>
        </div>
        <RetryNotice wait={logout.wait} />
      </section>
    </section>
  );
}
