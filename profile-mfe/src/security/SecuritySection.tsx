import { createSignal, createUniqueId } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { failurePhrase, FormAlert, SubmitButton } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { settle } from '../settle';
import { EmailForm } from './EmailForm';
import { PasswordForm } from './PasswordForm';

/** Password, email and Logout. The shell leaves /profile once shared-auth reports the user signed out. */
export function SecuritySection(props: { onPasswordChanged?: () => void }) {
  const { t, say } = useText();
  const id = createUniqueId();
  const [error, setError] = createSignal<ProfilePhrase | null>(null);
  const [leaving, setLeaving] = createSignal(false);

  async function logout() {
    if (leaving()) return;
    setLeaving(true);
    setError(null);
    const result = await settle(() => sharedAuth.signOut());
    setLeaving(false);
    if (!result.ok) setError(failurePhrase(result.error));
  }

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('security.heading')}</h2>
      <div class="profile-security-grid">
        <PasswordForm onChanged={() => props.onPasswordChanged?.()} />
        <EmailForm />
      </div>
      <section class="profile-subsection" aria-labelledby={`${id}-signout`}>
        <h3 id={`${id}-signout`}>{t('security.signOutHeading')}</h3>
        <p class="pui-hint">{t('security.signOutIntro')}</p>
        <div class="profile-actions">
          <SubmitButton type="button" variant="secondary" submitting={leaving()} onClick={() => void logout()}>
            {t('security.logout')}
          </SubmitButton>
        </div>
        <FormAlert message={say(error())} />
      </section>
    </section>
  );
}
