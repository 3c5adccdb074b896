import { createUniqueId, Show, type JSX } from 'solid-js';

export interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Required: password managers and autofill rely on it (WCAG 1.3.5). */
  autocomplete: JSX.InputHTMLAttributes<HTMLInputElement>['autocomplete'];
  id?: string;
  type?: 'text' | 'email';
  /** Shown under the field and tied to it with aria-describedby. */
  error?: string | null;
  hint?: string;
  /** Ids of further descriptions (e.g. a rules checklist). */
  describedBy?: string;
  ref?: (element: HTMLInputElement) => void;
  disabled?: boolean;
}

/** A labelled input: visible label tied with for/id, its hint and error read with it. */
export function TextField(props: TextFieldProps) {
  const fallbackId = `pui-${createUniqueId()}`;
  const id = () => props.id ?? fallbackId;
  const describedBy = () =>
    [props.error ? `${id()}-error` : '', props.hint ? `${id()}-hint` : '', props.describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="pui-field">
      <label class="pui-label" for={id()}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p class="pui-hint" id={`${id()}-hint`}>
          {props.hint}
        </p>
      </Show>
      <input
        ref={props.ref}
        class="pui-input"
        id={id()}
        name={id()}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        spellcheck={false}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <Show when={props.error}>
        <p class="pui-field-error" id={`${id()}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
