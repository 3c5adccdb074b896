import type { Accessor, Setter } from 'solid-js';
import { TextField, type FieldChecks } from 'portal-ui';
import { useText, type AuthPhrase } from '../i18n/catalogs';

/** The Email field every auth form asks first: its problem and focus come from the form's checks. */
export function EmailField(props: {
  value: Accessor<string>;
  onInput: Setter<string>;
  checks: Pick<FieldChecks<'email', AuthPhrase>, 'bind'>;
}) {
  const { t, say } = useText();
  return (
    <TextField
      label={t('field.email')}
      type="email"
      autocomplete="email"
      value={props.value()}
      onInput={props.onInput}
      {...props.checks.bind('email', say)}
    />
  );
}
