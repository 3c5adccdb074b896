// TEMPORARY stand-ins until portal-ui lands; replaced by imports from 'portal-ui'.
import { createSignal, Show, type JSX } from 'solid-js';
import type { Failure } from 'shared-auth';

export function errorMessage(failure: Failure): string {
  if (failure.status === 0) return 'The server could not be reached. Check your connection and try again.';
  return 'Something went wrong. Try again.';
}

export function FormAlert(props: { message: string | null | undefined; id?: string }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p class="profile-alert" role="alert" id={props.id}>
          {message()}
        </p>
      )}
    </Show>
  );
}

export function StatusNotice(props: { message: string | null | undefined; children?: JSX.Element }) {
  return (
    <p class="profile-status" role="status">
      {props.message}
    </p>
  );
}

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function PasswordField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: 'current-password' | 'new-password';
  describedBy?: string;
  invalid?: boolean;
  ref?: (el: HTMLInputElement) => void;
}) {
  const [shown, setShown] = createSignal(false);
  return (
    <div class="profile-field">
      <label for={props.id} class="profile-label">
        {props.label}
      </label>
      <div class="profile-password">
        <input
          id={props.id}
          ref={props.ref}
          class="profile-input"
          type={shown() ? 'text' : 'password'}
          autocomplete={props.autocomplete}
          value={props.value}
          aria-invalid={props.invalid ? 'true' : undefined}
          aria-describedby={props.describedBy}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        <button type="button" class="profile-button profile-button-secondary" aria-pressed={shown()} onClick={() => setShown(!shown())}>
          {shown() ? 'Hide' : 'Show'}{' '}
          <span class="profile-visually-hidden">{props.label.toLowerCase()}</span>
        </button>
      </div>
    </div>
  );
}

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return null;
}

export function PasswordRules(props: { password: string; id?: string }) {
  return (
    <ul class="profile-rules" id={props.id}>
      <li classList={{ 'profile-rule-met': props.password.length >= PASSWORD_MIN }}>At least {PASSWORD_MIN} characters</li>
      <li classList={{ 'profile-rule-met': props.password.length <= PASSWORD_MAX }}>At most {PASSWORD_MAX} characters</li>
    </ul>
  );
}
