import { createSignal, createUniqueId, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, StatusNotice, SubmitButton, TextField } from 'portal-ui';
import { text } from '../messages';
import { settle } from '../settle';
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
    setError(null);
    const checked = checkName(draft());
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setSaving(true);
    const result = await settle(() => sharedAuth.updateName(checked.name));
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
      <div class="profile-details">
        <Show
          when={editing()}
          fallback={
            <div class="profile-detail">
              <span class="profile-term">{text.nameTerm}</span>
              <div class="profile-detail-value">
                <span class="profile-name" classList={{ 'pui-muted': !user()?.name }}>
                  {user()?.name || text.noName}
                </span>
                <button type="button" class="pui-button" data-variant="secondary" ref={changeButton} onClick={edit}>
                  {text.changeName}
                </button>
              </div>
            </div>
          }
        >
          <form
            class="pui-form profile-inline-form"
            noValidate
            onSubmit={(event) => void save(event)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                stopEditing();
              }
            }}
          >
            <TextField
              label={text.nameLabel}
              autocomplete="name"
              value={draft()}
              onInput={setDraft}
              describedBy={error() ? `${id}-error` : undefined}
              ref={(input) => queueMicrotask(() => input.focus())}
            />
            <FormAlert id={`${id}-error`} message={error()} />
            <div class="profile-actions">
              <SubmitButton submitting={saving()}>{text.save}</SubmitButton>
              <button type="button" class="pui-button" data-variant="secondary" onClick={stopEditing}>
                {text.cancel}
              </button>
            </div>
          </form>
        </Show>
        <div class="profile-detail">
          <span class="profile-term">{text.emailTerm}</span>
          <span class="profile-detail-value">{user()?.email}</span>
        </div>
      </div>
      <StatusNotice tone="success">{notice()}</StatusNotice>
    </section>
  );
}
