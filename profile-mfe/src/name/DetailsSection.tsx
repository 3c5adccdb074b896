import { createSignal, createUniqueId, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, StatusNotice } from '../ui';
import { text } from '../messages';
import { checkName } from './checkName';

/** Name (editable in place: Enter saves, Escape cancels) and the email the user signs in with. */
export function DetailsSection() {
  const id = createUniqueId();
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);
  const user = () => sharedAuth.state.user;
  let changeButton: HTMLButtonElement | undefined;

  function edit() {
    setDraft(user()?.name ?? '');
    setError(null);
    setNotice(null);
    setEditing(true);
  }

  function stopEditing() {
    setEditing(false);
    setError(null);
    changeButton?.focus();
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    const checked = checkName(draft());
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setSaving(true);
    const result = await sharedAuth.updateName(checked.name);
    setSaving(false);
    if (!result.ok) {
      setError(errorMessage(result.error));
      return;
    }
    stopEditing();
    setNotice(text.nameSaved);
  }

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.detailsHeading}</h2>
      <dl class="profile-details">
        <div class="profile-detail">
          <dt>{text.nameTerm}</dt>
          <dd>
            <Show
              when={editing()}
              fallback={
                <div class="profile-detail-value">
                  <span class="profile-name" classList={{ 'profile-muted': !user()?.name }}>
                    {user()?.name || text.noName}
                  </span>
                  <button type="button" class="profile-button profile-button-secondary" ref={changeButton} onClick={edit}>
                    {text.changeName}
                  </button>
                </div>
              }
            >
              <form
                class="profile-inline-form"
                noValidate
                onSubmit={(event) => void save(event)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') {
                    event.preventDefault();
                    stopEditing();
                  }
                }}
              >
                <label for={`${id}-name`} class="profile-label">
                  {text.nameLabel}
                </label>
                <input
                  id={`${id}-name`}
                  class="profile-input"
                  type="text"
                  autocomplete="name"
                  value={draft()}
                  aria-invalid={error() ? 'true' : undefined}
                  aria-describedby={error() ? `${id}-error` : undefined}
                  onInput={(event) => setDraft(event.currentTarget.value)}
                  ref={(input) => queueMicrotask(() => input.focus())}
                />
                <div class="profile-actions">
                  <button type="submit" class="profile-button" aria-disabled={saving() ? 'true' : undefined}>
                    {text.save}
                  </button>
                  <button type="button" class="profile-button profile-button-secondary" onClick={stopEditing}>
                    {text.cancel}
                  </button>
                </div>
                <FormAlert id={`${id}-error`} message={error()} />
              </form>
            </Show>
          </dd>
        </div>
        <div class="profile-detail">
          <dt>{text.emailTerm}</dt>
          <dd class="profile-detail-value">{user()?.email}</dd>
        </div>
      </dl>
      <StatusNotice message={notice()} />
    </section>
  );
}
