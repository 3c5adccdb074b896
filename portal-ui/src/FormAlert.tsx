import { createEffect, createMemo, on, Show, type JSX } from 'solid-js';

export interface FormAlertProps {
  /** The error to show; nothing is rendered while it is empty. */
  message: string | null | undefined;
  id?: string;
  /** Actions that help (e.g. "Resend verification email"), shown under the message. */
  children?: JSX.Element;
}

/**
 * An error region next to a form: role="alert", and it receives focus when a message appears so keyboard
 * and screen reader users land on it. Clear the message before each attempt so a repeated error is announced again.
 * A message that only changes its words (a language switch) keeps focus where it is.
 */
export function FormAlert(props: FormAlertProps) {
  let region: HTMLDivElement | undefined;
  const shown = createMemo(() => Boolean(props.message));
  createEffect(
    on(shown, (isShown) => {
      if (isShown) queueMicrotask(() => region?.focus());
    }),
  );
  return (
    <Show when={props.message}>
      <div class="pui-alert" role="alert" id={props.id} tabindex="-1" ref={region}>
        <p class="pui-alert-text">{props.message}</p>
        {props.children}
      </div>
    </Show>
  );
}
