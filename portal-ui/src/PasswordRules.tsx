import { createMemo, Show } from 'solid-js';
import { PASSWORD_RULES } from 'portal-contract';
import { useTranslator, type Phrase } from './i18n/createTranslator';
import type { UiMessages } from './i18n/en';
import type { UiKey } from './messages';

/** Length in characters as the server counts them (code points after NFKC normalisation). */
export const passwordLength = (password: string): number => [...password.normalize('NFKC')].length;

/** Why a new password cannot be accepted by the rules checked here, or null. The server checks the rest. */
export function passwordProblem(password: string): Phrase<UiKey> | null {
  const length = passwordLength(password);
  if (length < PASSWORD_RULES.minLength) return { key: 'error.password_too_short', params: { min: PASSWORD_RULES.minLength } };
  if (length > PASSWORD_RULES.maxLength) return { key: 'error.password_too_long', params: { max: PASSWORD_RULES.maxLength } };
  return null;
}

type RuleState = 'met' | 'unmet' | 'server';

function Rule(props: { text: string; state: RuleState }) {
  const { t } = useTranslator<UiMessages>();
  return (
    <li class="pui-rule" data-state={props.state}>
      {props.text}
      <Show when={props.state !== 'server'}>
        <span class="pui-visually-hidden"> ({props.state === 'met' ? t('rules.met') : t('rules.unmet')})</span>
      </Show>
    </li>
  );
}

/** The password rules as a checklist that follows what is typed. Tie it to the input with aria-describedby. */
export function PasswordRules(props: { password: string; id?: string }) {
  const { t } = useTranslator<UiMessages>();
  const length = createMemo(() => passwordLength(props.password));
  return (
    <ul class="pui-rules" id={props.id}>
      <Rule text={t('rules.minLength', { min: PASSWORD_RULES.minLength })} state={length() >= PASSWORD_RULES.minLength ? 'met' : 'unmet'} />
      <Rule
        text={t('rules.maxLength', { max: PASSWORD_RULES.maxLength })}
        state={length() > 0 && length() <= PASSWORD_RULES.maxLength ? 'met' : 'unmet'}
      />
      <Rule text={t('rules.notCommon')} state="server" />
    </ul>
  );
}
