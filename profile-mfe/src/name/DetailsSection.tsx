import { createSignal, createUniqueId, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { failurePhrase, FormAlert, StatusNotice, SubmitButton, TextField } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { settle } from '../settle';
import { checkName } from './checkName';

/** Name (editable in place: Enter saves, Escape cancels) and the email the user signs in with. */
export function DetailsSection() {
  const { t, say } = useText();
  const id = createUniqueId();
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const [error, setError] = createSignal<ProfilePhrase | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [saving, setSaving] = createSignal(false);
  const user = () => sharedAuth.state.user;
  let changeButton: HTMLButtonElement | undefined;

  function edit() {
    setDraft(user()?.name ?? '');
    setError(null);
    setSaved(false);
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
      setError(checked.problem);
      return;
    }
    setSaving(true);
    const result = await settle(() => sharedAuth.updateName(checked.name));
    setSaving(false);
    if (!result.ok) {
      setError(failurePhrase(result.error));
      return;
    }
    stopEditing();
    setSaved(true);
  }

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('details.heading')}</h2>
      <div class="profile-details">
        <Show
          when={editing()}
          fallback={
            <div class="profile-detail">
              <span class="profile-term">{t('details.nameTerm')}</span>
              <div class="profile-detail-value">
                <span class="profile-name" classList={{ 'pui-muted': !user()?.name }}>
                  {user()?.name || t('details.noName')}
                </span>
                <button type="button" class="pui-button" data-variant="secondary" ref={changeButton} onClick={edit}>
                  {t('details.changeName')}
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
              label={t('details.nameLabel')}
              autocomplete="name"
              value={draft()}
              onInput={setDraft}
              describedBy={error() ? `${id}-error` : undefined}
              ref={(input) => queueMicrotask(() => input.focus())}
            />
            <FormAlert id={`${id}-error`} message={say(error())} />
            <div class="profile-actions">
              <SubmitButton submitting={saving()}>{t('action.save')}</SubmitButton>
              <button type="button" class="pui-button" data-variant="secondary" onClick={stopEditing}>
                {t('action.cancel')}
              </button>
            </div>
          </form>
        </Show>
        <div class="profile-detail">
          <span class="profile-term">{t('details.emailTerm')}</span>
          <span class="profile-detail-value">{user()?.email}</span>
        </div>
      </div>
      <StatusNotice tone="success">{saved() ? t('details.nameSaved') : null}</StatusNotice>
    </section>
  );
}
