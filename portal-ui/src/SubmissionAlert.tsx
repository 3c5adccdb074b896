import type { JSX } from 'solid-js';
import type { Failure } from 'portal-contract';
import { FormAlert } from './FormAlert';
import { useTranslator } from './i18n/createTranslator';
import type { UiMessages } from './i18n/en';
import { errorMessage } from './messages';

/** A submission's failure in the user's language (never the server's own text), as the form's alert. */
export function SubmissionAlert(props: { error: Failure | undefined; id?: string; children?: JSX.Element }) {
  const { t } = useTranslator<UiMessages>();
  return (
    <FormAlert id={props.id} message={props.error ? errorMessage(t, props.error) : null}>
      {props.children}
    </FormAlert>
  );
}
