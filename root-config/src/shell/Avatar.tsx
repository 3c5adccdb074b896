import { Show } from 'solid-js';

export function initials(name: string): string {
  const parts = name
    .trim()
    .split(/[\s@._-]+/)
    .filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

/** The signed-in user's picture, or initials drawn locally (no third-party avatar service). */
export function Avatar(props: { name: string; src: string | undefined }) {
  return (
    <Show
      when={props.src}
      fallback={
        <span class="portal-avatar" aria-hidden="true">
          {initials(props.name)}
        </span>
      }
    >
      {(src) => <img class="portal-avatar" src={src()} alt="" width="28" height="28" />}
    </Show>
  );
}
