import { createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, StatusNotice } from 'portal-ui';
import { text } from '../messages';
import { settle } from '../settle';
import { AVATAR_TYPES, checkAvatarFile } from './checkAvatarFile';
import { initials } from './initials';

/** The picture (or locally drawn initials) and "Change avatar": checked, previewed, uploaded with progress. */
export function AvatarSection() {
  const id = createUniqueId();
  const [preview, setPreview] = createSignal<string | null>(null);
  const [progress, setProgress] = createSignal<number | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const user = () => sharedAuth.state.user;
  const uploading = () => progress() !== null;
  const letters = () => initials(user()?.name || user()?.email || '');

  function showPreview(url: string | null) {
    const previous = preview();
    if (previous) URL.revokeObjectURL(previous);
    setPreview(url);
  }
  onCleanup(() => showPreview(null));

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again fires another change.
    input.value = '';
    if (!file || uploading()) return;
    setNotice(null);
    setError(null);
    const refused = checkAvatarFile(file);
    if (refused) {
      setError(refused);
      return;
    }
    showPreview(URL.createObjectURL(file));
    setProgress(0);
    const result = await settle(() =>
      sharedAuth.uploadAvatar(file, ({ loaded, total }) => {
        if (total > 0) setProgress(Math.min(100, Math.round((loaded / total) * 100)));
      }),
    );
    setProgress(null);
    showPreview(null);
    if (result.ok) setNotice(text.avatarUploaded);
    else setError(errorMessage(result.error));
  }

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.avatarHeading}</h2>
      <div class="profile-avatar-row">
        <Show
          when={preview() ?? user()?.profilePicture}
          fallback={
            <span class="profile-avatar profile-avatar-initials" role="img" aria-label={text.avatarInitialsLabel(letters())}>
              {letters()}
            </span>
          }
        >
          {(src) => (
            <img class="profile-avatar" src={src()} alt={preview() ? text.avatarPreviewAlt : text.avatarAlt} width="96" height="96" />
          )}
        </Show>
        <div class="profile-avatar-actions">
          <input
            id={`${id}-file`}
            class="profile-file-input"
            type="file"
            accept={AVATAR_TYPES.join(',')}
            aria-describedby={`${id}-hint`}
            disabled={uploading()}
            onChange={(event) => void upload(event.currentTarget)}
          />
          <label
            for={`${id}-file`}
            class="pui-button profile-file-button"
            data-variant="secondary"
            classList={{ 'profile-busy': uploading() }}
          >
            {text.changeAvatar}
          </label>
          <p id={`${id}-hint`} class="pui-hint">
            {text.avatarHint}
          </p>
        </div>
      </div>
      <Show when={progress() !== null}>
        <div class="profile-progress">
          <label for={`${id}-progress`}>{text.avatarProgress}</label>
          <progress id={`${id}-progress`} max="100" value={progress() ?? 0}>
            {progress()}%
          </progress>
        </div>
      </Show>
      <FormAlert message={error()} />
      <StatusNotice tone="success">{notice()}</StatusNotice>
    </section>
  );
}
