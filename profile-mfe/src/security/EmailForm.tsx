import { createSignal, createUniqueId, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, StatusNotice } from '../ui';
import { text } from '../messages';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** New address + current password; the change waits for a click in the mail sent to the new address. */
export function EmailForm() {
  const id = createUniqueId();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);
  const user = () => sharedAuth.state.user;
  // Pending until the user record carries the new address (after the confirmation link and a refresh).
  const stillPending = () => {
    const address = pending();
    return address && address.toLowerCase() !== user()?.email.toLowerCase() ? address : null;
  };
  let emailInput: HTMLInputElement | undefined;
  let passwordInput: HTMLInputElement | undefined;

  function problem(address: string): [string, HTMLInputElement | undefined] | null {
    if (!address) return [text.emailMissing, emailInput];
    if (!EMAIL_SHAPE.test(address)) return [text.emailInvalid, emailInput];
    if (address.toLowerCase() === user()?.email.toLowerCase()) return [text.emailSame, emailInput];
    if (!password()) return [text.currentPasswordMissing, passwordInput];
    return null;
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    const address = email().trim();
    const refused = problem(address);
    if (refused) {
      setError(refused[0]);
      refused[1]?.focus();
      return;
    }
    setError(null);
    setSaving(true);
    const result = await sharedAuth.changeEmail(password(), address);
    setSaving(false);
    if (!result.ok) {
      setError(errorMessage(result.error));
      return;
    }
    setPending(address);
    setEmail('');
    setPassword('');
  }

  return (
    <section class="profile-subsection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{text.emailHeading}</h3>
      <p class="profile-hint">{text.emailNow(user()?.email ?? '')}</p>
      <form class="profile-form" noValidate onSubmit={(event) => void save(event)}>
        <div class="profile-field">
          <label for={`${id}-email`} class="profile-label">
            {text.newEmail}
          </label>
          <input
            id={`${id}-email`}
            ref={emailInput}
            class="profile-input"
            type="email"
            autocomplete="email"
            value={email()}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </div>
        <div class="profile-field">
          <label for={`${id}-password`} class="profile-label">
            {text.currentPassword}
          </label>
          <input
            id={`${id}-password`}
            ref={passwordInput}
            class="profile-input"
            type="password"
            autocomplete="current-password"
            value={password()}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </div>
        <FormAlert message={error()} />
        <div class="profile-actions">
          <button type="submit" class="profile-button" aria-disabled={saving() ? 'true' : undefined}>
            {text.save}
          </button>
        </div>
        <div class="profile-pending">
          <Show when={stillPending()}>
            <span class="profile-badge profile-badge-pending">{text.pending}</span>
          </Show>
          <StatusNotice message={stillPending() ? text.emailPending(stillPending() ?? '') : null} />
        </div>
      </form>
    </section>
  );
}
