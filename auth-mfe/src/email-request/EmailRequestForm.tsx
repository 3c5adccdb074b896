import { createSignal } from 'solid-js';
import type { Result } from 'portal-contract';
import { createFieldChecks, createSubmission, SubmissionForm } from 'portal-ui';
import type { AuthPhrase } from '../i18n/catalogs';
import { EmailField } from '../navigation/EmailField';
import { emailProblem } from '../navigation/emailProblem';

export interface EmailRequestFormProps {
  /** Asks the server to mail the address (magic link, reset link, verification). */
  send: (email: string) => Promise<Result<null>>;
  submitLabel: string;
  variant?: 'primary' | 'secondary';
  /** The address once the mail is on its way. */
  onSent: (email: string) => void;
}

/** The one-field form that has a mail sent to an address: checked first, and a 429 keeps the address as typed. */
export function EmailRequestForm(props: EmailRequestFormProps) {
  const [email, setEmail] = createSignal('');
  const checks = createFieldChecks<'email', AuthPhrase>(['email']);
  const request = createSubmission((address: string) => props.send(address));

  const submit = async () => {
    if (!checks.passes({ email: emailProblem(email()) })) return;
    const address = email().trim();
    if ((await request.submit(address))?.ok) props.onSent(address);
  };

  return (
    <SubmissionForm submission={request} checks={checks} onSubmit={submit} submitLabel={props.submitLabel} variant={props.variant}>
      <EmailField value={email} onInput={setEmail} checks={checks} />
    </SubmissionForm>
  );
}
