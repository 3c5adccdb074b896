import { createSignal, createUniqueId, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { createFieldChecks, createSubmission, StatusNotice, SubmissionForm, TextField } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { EmailText } from '../email/EmailText';
import { checkName } from './checkName';

/** Name (editable in place: Enter saves, Escape cancels) and the email the user signs in with. */
export function DetailsSection() {
  const { t, say } = useText();
  const id = createUniqueId();
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const checks = createFieldChecks<'name', ProfilePhrase>(['name']);
  const rename = createSubmission((name: string) => sharedAuth.updateName(name));
  const [saved, setSaved] = createSignal(false);
  const user = () => sharedAuth.state.user;
  let changeButton: HTMLButtonElement | undefined;

  function edit() {
    setDraft(user()?.name ?? '');
    checks.passes({});
    rename.clear();
    setSaved(false);
    setEditing(true);
  }

  function stopEditing() {
    setEditing(false);
    changeButton?.focus();
  }

  async function save() {
    rename.clear();
    const checked = checkName(draft());
    if (!checks.passes({ name: checked.ok ? null : checked.problem }) || !checked.ok) return;
    if (!(await rename.submit(checked.name))?.ok) return;
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
          <SubmissionForm
            class="profile-inline-form"
            submission={rename}
            checks={checks}
            onSubmit={save}
            submitLabel={t('action.save')}
            alertId={`${id}-error`}
            actionsClass="profile-actions"
            moreActions={
              <button type="button" class="pui-button" data-variant="secondary" onClick={stopEditing}>
                {t('action.cancel')}
              </button>
            }
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
              error={say(checks.problem('name'))}
              describedBy={rename.error() ? `${id}-error` : undefined}
              ref={(input) => {
                checks.ref('name')(input);
                queueMicrotask(() => input.focus());
              }}
            />
          </SubmissionForm>
        </Show>
        <div class="profile-detail">
          <span class="profile-term">{t('details.emailTerm')}</span>
          <span class="profile-detail-value">
            <EmailText email={user()?.email ?? ''} />
          </span>
        </div>
      </div>
      <StatusNotice tone="success">{saved() ? t('details.nameSaved') : null}</StatusNotice>
    </section>
  );
}
