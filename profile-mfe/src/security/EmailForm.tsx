import { createEffect, createSignal, createUniqueId, on, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { createFieldChecks, createSubmission, PasswordField, StatusNotice, SubmissionForm, TextField } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { WithEmail } from '../email/EmailText';
import { clearPendingEmail, readPendingEmail, savePendingEmail } from './pendingEmail';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** New address + current password; the change waits for a click in the mail sent to the new address. */
export function EmailForm() {
  const { t, say } = useText();
  const id = createUniqueId();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [pending, setPending] = createSignal<string | null>(null);
  /** The address of a change the user cancelled here (its mailed link is then to be ignored). */
  const [cancelled, setCancelled] = createSignal<string | null>(null);
  const checks = createFieldChecks<'email' | 'password', ProfilePhrase>(['email', 'password']);
  const change = createSubmission((currentPassword: string, address: string) => sharedAuth.changeEmail(currentPassword, address));
  const user = () => sharedAuth.state.user;
  const same = (a: string | undefined, b: string | undefined) => a?.toLowerCase() === b?.toLowerCase();
  // Pending until the user record carries the new address (after the confirmation link and a refresh).
  createEffect(
    on(
      () => user()?._id,
      (userId) => setPending(userId ? readPendingEmail(userId) : null),
    ),
  );
  createEffect(() => {
    const signedIn = user();
    if (signedIn && same(pending() ?? undefined, signedIn.email)) {
      clearPendingEmail(signedIn._id);
      setPending(null);
    }
  });
  const stillPending = () => {
    const address = pending();
    return address && !same(address, user()?.email) ? address : null;
  };

  function emailProblem(address: string): ProfilePhrase | null {
    if (!address) return { key: 'security.emailMissing' };
    if (!EMAIL_SHAPE.test(address)) return { key: 'security.emailInvalid' };
    return same(address, user()?.email) ? { key: 'security.emailSame' } : null;
  }

  /**
   * Forgets the pending change here. The Altogic API cannot withdraw a mailed link, so the notice says to ignore it:
   * the address changes only if that link is opened, and it expires (24 hours).
   */
  function cancelChange(address: string) {
    const userId = user()?._id;
    if (userId) clearPendingEmail(userId);
    setPending(null);
    setCancelled(address);
  }

  async function save() {
    change.clear();
    const address = email().trim();
    const passwordProblem: ProfilePhrase | null = password() ? null : { key: 'security.currentPasswordMissing' };
    if (!checks.passes({ email: emailProblem(address), password: passwordProblem })) return;
    if (!(await change.submit(password(), address))?.ok) return;
    setCancelled(null);
    setPending(address);
    const userId = user()?._id;
    if (userId) savePendingEmail(userId, address);
    setEmail('');
    setPassword('');
  }

  return (
    <section class="profile-subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('security.emailHeading')}</h3>
      <p class="pui-hint">
        <WithEmail text={(email) => t('security.emailNow', { email })} email={user()?.email ?? ''} />
      </p>
      <SubmissionForm
        submission={change}
        checks={checks}
        onSubmit={save}
        submitLabel={t('security.changeEmail')}
        username={user()?.email ?? ''}
        actionsClass="profile-actions"
        footer={<PendingChange address={stillPending()} cancelled={cancelled()} onCancel={cancelChange} />}
      >
        <TextField
          id={`${id}-email`}
          label={t('security.newEmail')}
          type="email"
          autocomplete="email"
          value={email()}
          onInput={setEmail}
          {...checks.bind('email', say)}
        />
        <PasswordField
          id={`${id}-password`}
          label={t('security.currentPassword')}
          autocomplete="current-password"
          value={password()}
          onInput={setPassword}
          {...checks.bind('password', say)}
        />
      </SubmissionForm>
    </section>
  );
}

/** One box: the Pending badge, what to do, and Cancel change; the live region stays for the announcements. */
function PendingChange(props: { address: string | null; cancelled: string | null; onCancel: (address: string) => void }) {
  const { t } = useText();
  return (
    <div class="profile-pending" classList={{ 'profile-pending-open': !!props.address }}>
      <Show when={props.address}>
        <span class="profile-badge profile-badge-pending">{t('security.pending')}</span>
      </Show>
      <StatusNotice>
        <Show when={props.address}>
          {(address) => <WithEmail text={(email) => t('security.emailPending', { email })} email={address()} />}
        </Show>
        <Show when={!props.address && props.cancelled}>
          {(address) => <WithEmail text={(email) => t('security.changeCancelled', { email })} email={address()} />}
        </Show>
      </StatusNotice>
      <Show when={props.address}>
        {(address) => (
          <button type="button" class="pui-button" data-variant="secondary" onClick={() => props.onCancel(address())}>
            {t('security.cancelChange')}
          </button>
        )}
      </Show>
    </div>
  );
}
