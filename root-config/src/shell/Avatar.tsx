import { Show } from 'solid-js';
import { initials, type Person } from 'portal-ui';

/** The signed-in user's picture, or initials drawn locally (portal-ui's, as the profile draws them). */
export function Avatar(props: { person: Person & { profilePicture?: string | undefined } }) {
  return (
    <Show
      when={props.person.profilePicture}
      fallback={
        <span class="portal-avatar" aria-hidden="true" data-testid="header-initials">
          {initials(props.person)}
        </span>
      }
    >
      {(src) => <img class="portal-avatar" src={src()} alt="" width="28" height="28" />}
    </Show>
  );
}
