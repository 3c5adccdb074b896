import { createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { createSubmission, errorMessage, FormAlert, initials, RetryNotice, StatusNotice } from 'portal-ui';
import { useText } from '../i18n/catalogs';
import { AVATAR_MAX_BYTES, AVATAR_TYPES, checkAvatarFile, formatFileSize, refusalPhrase, type AvatarRefusal } from './checkAvatarFile';
import { downscaleAvatar } from './downscaleAvatar';

/** The picture (or locally drawn initials) and "Change avatar": checked, previewed, uploaded with progress. */
export function AvatarSection() {
  const { t, say, locale } = useText();
  const id = createUniqueId();
  const [preview, setPreview] = createSignal<string | null>(null);
  const [progress, setProgress] = createSignal<number | null>(null);
  const [refusal, setRefusal] = createSignal<AvatarRefusal | null>(null);
  const upload = createSubmission((file: File) =>
    sharedAuth.uploadAvatar(file, ({ loaded, total }) => {
      if (total > 0) setProgress(Math.min(100, Math.round((loaded / total) * 100)));
    }),
  );
  const user = () => sharedAuth.state.user;
  const letters = () => {
    const signedIn = user();
    return signedIn ? initials(signedIn) : '?';
  };
  const error = () => {
    const refused = refusal();
    const failure = upload.error();
    return refused ? say(refusalPhrase(refused, locale())) : failure ? errorMessage(t, failure) : null;
  };

  function showPreview(url: string | null) {
    const previous = preview();
    if (previous) URL.revokeObjectURL(previous);
    setPreview(url);
  }
  onCleanup(() => showPreview(null));

  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    // Cleared so that choosing the same file again fires another change.
    input.value = '';
    if (!chosen || upload.blocked()) return;
    upload.clear();
    // The type first (nothing else is decoded), then the size of what is sent: a big photo shrinks to the size shown.
    const wrongType = checkAvatarFile({ type: chosen.type, size: 1 });
    const file = wrongType ? chosen : await downscaleAvatar(chosen);
    const refused = wrongType ?? checkAvatarFile(file);
    setRefusal(refused);
    if (refused) return;
    showPreview(URL.createObjectURL(file));
    setProgress(0);
    await upload.submit(file);
    setProgress(null);
    showPreview(null);
  }

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('avatar.heading')}</h2>
      <FormAlert message={error()} />
      <div class="profile-avatar-row">
        <Show
          when={preview() ?? user()?.profilePicture}
          fallback={
            <span class="profile-avatar profile-avatar-initials" role="img" aria-label={t('avatar.initials', { initials: letters() })}>
              {letters()}
            </span>
          }
        >
          {(src) => (
            <img class="profile-avatar" src={src()} alt={preview() ? t('avatar.previewAlt') : t('avatar.alt')} width="96" height="96" />
          )}
        </Show>
        <div class="profile-avatar-actions">
          <input
            id={`${id}-file`}
            class="profile-file-input"
            type="file"
            accept={AVATAR_TYPES.join(',')}
            aria-describedby={`${id}-hint`}
            disabled={upload.blocked()}
            onChange={(event) => void choose(event.currentTarget)}
          />
          <label
            for={`${id}-file`}
            class="pui-button profile-file-button"
            data-variant="secondary"
            classList={{ 'profile-busy': upload.pending() }}
          >
            {t('avatar.change')}
          </label>
          <p id={`${id}-hint`} class="pui-hint">
            {t('avatar.hint', { limit: formatFileSize(AVATAR_MAX_BYTES, locale()) })}
          </p>
        </div>
      </div>
      <Show when={progress() !== null}>
        <div class="profile-progress">
          <label for={`${id}-progress`}>{t('avatar.progress')}</label>
          <progress id={`${id}-progress`} max="100" value={progress() ?? 0}>
            {new Intl.NumberFormat(locale(), { style: 'percent' }).format((progress() ?? 0) / 100)}
          </progress>
        </div>
      </Show>
      <RetryNotice wait={upload.wait} />
      <StatusNotice tone="success">{upload.result() ? t('avatar.saved') : null}</StatusNotice>
    </section>
  );
}
