import { createUniqueId } from 'solid-js';
import { PasswordField } from './PasswordField';
import { PasswordRules } from './PasswordRules';

export interface NewPasswordFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The input's id; its rules checklist is `<id>-rules`. */
  id?: string;
  error?: string | null;
  ref?: (element: HTMLInputElement) => void;
}

/**
 * A new password: the field (autocomplete="new-password", show/hide toggle) and under it the rules as a checklist
 * that follows what is typed, read with the field through aria-describedby. Check it with `passwordProblem`.
 */
export function NewPasswordField(props: NewPasswordFieldProps) {
  const fallbackId = `pui-${createUniqueId()}`;
  const id = () => props.id ?? fallbackId;
  return (
    <>
      <PasswordField
        id={id()}
        label={props.label}
        autocomplete="new-password"
        value={props.value}
        onInput={(value) => props.onInput(value)}
        error={props.error}
        describedBy={`${id()}-rules`}
        ref={(element) => props.ref?.(element)}
      />
      <PasswordRules id={`${id()}-rules`} password={props.value} />
    </>
  );
}
