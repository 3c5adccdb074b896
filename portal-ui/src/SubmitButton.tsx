import { Show, type JSX } from 'solid-js';

export interface SubmitButtonProps {
  /** The button's name; it stays the same while submitting, so it can always be found by it. */
  children: JSX.Element;
  submitting: boolean;
  /** Disabled for another reason (e.g. waiting out a Retry-After). */
  disabled?: boolean;
  variant?: 'primary' | 'secondary';
  /** type="button" with onClick for actions outside a form submission (e.g. a resend). */
  type?: 'submit' | 'button';
  onClick?: () => void;
}

/**
 * A submit button that shows progress and cannot submit twice. While submitting it is aria-disabled (it
 * keeps focus, unlike `disabled`) and swallows clicks; the form's handler should also ignore submits then.
 */
export function SubmitButton(props: SubmitButtonProps) {
  return (
    <button
      type={props.type ?? 'submit'}
      class="pui-button"
      data-variant={props.variant ?? 'primary'}
      disabled={props.disabled && !props.submitting}
      aria-disabled={props.submitting ? 'true' : undefined}
      aria-busy={props.submitting ? 'true' : undefined}
      onClick={(event) => {
        if (props.submitting) event.preventDefault();
        else props.onClick?.();
      }}
    >
      <Show when={props.submitting}>
        <span class="pui-spinner" aria-hidden="true" />
      </Show>
      {props.children}
    </button>
  );
}
