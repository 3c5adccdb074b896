import { createSignal, createUniqueId, Show } from 'solid-js';
import { useTranslator } from './i18n/createTranslator';
import type { UiMessages } from './i18n/en';

export interface PasswordFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: 'current-password' | 'new-password';
  id?: string;
  error?: string | null;
  /** Ids of further descriptions (e.g. the PasswordRules checklist). */
  describedBy?: string;
  ref?: (element: HTMLInputElement) => void;
  disabled?: boolean;
}

/**
 * A password input with a show/hide toggle: a real button that says what it does next, "Show password" while the
 * password is hidden and "Hide password" while it is shown (its name changes, so it is not also aria-pressed).
 * Pressing it with the pointer leaves focus and caret in the input; autocomplete never changes, so password
 * managers keep recognising the field.
 */
export function PasswordField(props: PasswordFieldProps) {
  const fallbackId = `pui-${createUniqueId()}`;
  const id = () => props.id ?? fallbackId;
  const [shown, setShown] = createSignal(false);
  const { t } = useTranslator<UiMessages>();
  // The visible word(s) around the hidden one, in the language's order ("Show |password|", "|Passwort| Anzeigen").
  const toggleText = () => {
    const [before = '', after = ''] = t(shown() ? 'password.hide' : 'password.toggle').split('{hidden}');
    return { before, after };
  };
  let input: HTMLInputElement | undefined;
  const describedBy = () => [props.error ? `${id()}-error` : '', props.describedBy ?? ''].filter(Boolean).join(' ') || undefined;

  const toggle = () => {
    const hadFocus = document.activeElement === input;
    const start = input?.selectionStart ?? null;
    const end = input?.selectionEnd ?? null;
    setShown(!shown());
    if (hadFocus && input) {
      input.focus();
      if (start !== null && end !== null) input.setSelectionRange(start, end);
    }
  };

  return (
    <div class="pui-field">
      <label class="pui-label" for={id()}>
        {props.label}
      </label>
      <div class="pui-input-row">
        <input
          ref={(element) => {
            input = element;
            props.ref?.(element);
          }}
          class="pui-input"
          id={id()}
          name={id()}
          type={shown() ? 'text' : 'password'}
          autocomplete={props.autocomplete}
          autocapitalize="off"
          spellcheck={false}
          value={props.value}
          disabled={props.disabled}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy()}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        <button
          type="button"
          class="pui-toggle"
          aria-controls={id()}
          data-shown={shown() ? '' : undefined}
          disabled={props.disabled}
          // Keeps focus in the input when the toggle is pressed with a pointer.
          onMouseDown={(event) => event.preventDefault()}
          onClick={toggle}
        >
          {/* Named by its text, not aria-label, so "Password" labels only the input. */}
          {toggleText().before}
          <span class="pui-visually-hidden">{t('password.toggleHidden')}</span>
          {toggleText().after}
        </button>
      </div>
      <Show when={props.error}>
        <p class="pui-field-error" id={`${id()}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
