import { For, type JSX } from 'solid-js';

/**
 * "ada.lovelace@example.test" split after "@" and after each "." ("ada." "lovelace@" "example." "test"): a line may
 * break only there, never inside a name (`.profile-email` wraps inside a part only when a part alone is wider than the box).
 */
export function emailParts(email: string): string[] {
  return email.split(/(?<=[@.])/);
}

/** An email address that breaks only after "@" or "." (a <wbr> there); its text is the address unchanged. */
export function EmailText(props: { email: string }) {
  return (
    <span class="profile-email">
      <For each={emailParts(props.email)}>
        {(part, index) => (
          <>
            {index() > 0 && <wbr />}
            {part}
          </>
        )}
      </For>
    </span>
  );
}

/** A translated sentence with the address in it shown as EmailText ("You sign in with {email}."). */
export function WithEmail(props: { text: (email: string) => string; email: string }): JSX.Element {
  // The sentence is built around a marker, so that the address sits where the language puts it.
  const MARK = '\u0000';
  const pieces = () => props.text(MARK).split(MARK);
  // One span: inside a flex container (a status notice) the pieces would otherwise stack as separate items.
  return (
    <span>
      <For each={pieces()}>
        {(piece, index) => (
          <>
            {index() > 0 && <EmailText email={props.email} />}
            {piece}
          </>
        )}
      </For>
    </span>
  );
}
