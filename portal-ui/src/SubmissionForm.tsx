import { Show, type JSX } from 'solid-js';
import type { Failure } from 'portal-contract';
import type { FieldChecks } from './fieldChecks';
import { RetryNotice } from './RetryWait';
import { SubmissionAlert } from './SubmissionAlert';
import { SubmitButton } from './SubmitButton';
import type { Submission } from './submission';

/** What a form reads from a submission (createSubmission's answer fits). */
export type FormSubmission = Pick<Submission<unknown[], unknown>, 'pending' | 'error' | 'wait' | 'blocked' | 'clear'>;

export interface SubmissionFormProps {
  /** The form's own submission: its button shows its progress. */
  submission: FormSubmission;
  /**
   * Other submissions started from this form (a resend in its alert, say): their failure takes the alert, their
   * Retry-After holds the submit button too, and an edit clears them as well.
   */
  also?: readonly FormSubmission[];
  /** The form's field checks: the field the user edits loses its problem. */
  checks?: Pick<FieldChecks<string, unknown>, 'edited'>;
  /** Runs on submit unless a submit would be ignored (one in flight, a Retry-After not over yet). */
  onSubmit: () => unknown;
  /** The submit button's name. */
  submitLabel: JSX.Element;
  variant?: 'primary' | 'secondary';
  /** Further classes beside `pui-form`. */
  class?: string;
  /** False when the screen shows the failure itself, where it must outlive the form (e.g. a spent link). */
  alert?: boolean;
  /** The alert's id, for a field that refers to it with aria-describedby. */
  alertId?: string;
  /** Shown in the alert under the message (an action that helps, e.g. "Resend verification email"). */
  alertActions?: JSX.Element;
  /** The signed-in user's address as a hidden username field, so password managers know whose password is asked. */
  username?: string;
  /** A class for a row holding the submit button and `moreActions`; without it the button stands alone. */
  actionsClass?: string;
  /** Buttons after the submit button (e.g. Cancel). */
  moreActions?: JSX.Element;
  /** Shown after the Retry-After notice (e.g. the success notice). */
  footer?: JSX.Element;
  onKeyDown?: JSX.EventHandler<HTMLFormElement, KeyboardEvent>;
  /** The fields. */
  children: JSX.Element;
}

/**
 * A form and its submission's bookkeeping, the same in every form: no browser validation (the field checks
 * speak instead), a submit is ignored while one is in flight or a Retry-After is counted down (the button is
 * disabled and the input kept meanwhile), the failure in the user's language as the alert above the fields, and
 * an edit takes the stale alert and the edited field's problem away.
 */
export function SubmissionForm(props: SubmissionFormProps) {
  const all = () => [props.submission, ...(props.also ?? [])];
  const waiting = () => props.also?.find((other) => other.wait.blocked()) ?? props.submission;
  const error = (): Failure | undefined => props.also?.find((other) => other.error())?.error() ?? props.submission.error();
  const blocked = () => props.submission.blocked() || waiting() !== props.submission;
  const button = () => (
    <>
      <SubmitButton submitting={props.submission.pending()} disabled={waiting().wait.blocked()} variant={props.variant}>
        {props.submitLabel}
      </SubmitButton>
      {props.moreActions}
    </>
  );
  return (
    <form
      class={props.class ? `pui-form ${props.class}` : 'pui-form'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked()) void props.onSubmit();
      }}
      onInput={(event) => {
        props.checks?.edited(event.target);
        for (const submission of all()) submission.clear();
      }}
      onKeyDown={(event) => props.onKeyDown?.(event)}
    >
      <Show when={props.alert !== false}>
        <SubmissionAlert id={props.alertId} error={error()}>
          {props.alertActions}
        </SubmissionAlert>
      </Show>
      <Show when={props.username !== undefined}>
        <input type="email" name="username" autocomplete="username" value={props.username} readOnly hidden />
      </Show>
      {props.children}
      {props.actionsClass ? <div class={props.actionsClass}>{button()}</div> : button()}
      <RetryNotice wait={waiting().wait} />
      {props.footer}
    </form>
  );
}
