import { createMemo, Show } from 'solid-js';
import { PASSWORD_RULES } from 'shared-auth';
import { errorText, passwordRuleText } from './messages';

/** Length in characters as the server counts them (code points after NFKC normalisation). */
export const passwordLength = (password: string): number => [...password.normalize('NFKC')].length;

/** Why a new password cannot be accepted by the rules checked here, or null. The server checks the rest. */
export function passwordProblem(password: string): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_RULES.minLength) return errorText.password_too_short;
  if (length > PASSWORD_RULES.maxLength) return errorText.password_too_long;
  return null;
}

type RuleState = 'met' | 'unmet' | 'server';

function Rule(props: { text: string; state: RuleState }) {
  return (
    <li class="pui-rule" data-state={props.state}>
      {props.text}
      <Show when={props.state !== 'server'}>
        <span class="pui-visually-hidden"> ({props.state === 'met' ? passwordRuleText.met : passwordRuleText.unmet})</span>
      </Show>
    </li>
  );
}

/** The password rules as a checklist that follows what is typed. Tie it to the input with aria-describedby. */
export function PasswordRules(props: { password: string; id?: string }) {
  const length = createMemo(() => passwordLength(props.password));
  return (
    <ul class="pui-rules" id={props.id}>
      <Rule text={passwordRuleText.minLength} state={length() >= PASSWORD_RULES.minLength ? 'met' : 'unmet'} />
      <Rule text={passwordRuleText.maxLength} state={length() > 0 && length() <= PASSWORD_RULES.maxLength ? 'met' : 'unmet'} />
      <Rule text={passwordRuleText.notCommon} state="server" />
    </ul>
  );
}
