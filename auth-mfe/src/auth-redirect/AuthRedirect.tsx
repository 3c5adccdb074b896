import { createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { ROUTES, type Failure, type User } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, StatusNotice } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { EmailRequestForm } from '../email-request/EmailRequestForm';
import { takeRememberedRedirect } from '../navigation/pendingRedirect';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { holdResetToken } from '../reset-password/resetToken';
import { useText, type AuthKey } from '../i18n/catalogs';
import { captureRedirectParams, linkOutcome, type LinkAction } from './redirectParams';
import { ConfirmLink } from './ConfirmLink';

/** Why a link failed, in words. */
const FAILED_LINK: Record<'used' | 'invalid' | 'email-taken', AuthKey> = {
  used: 'authRedirect.used',
  invalid: 'authRedirect.invalid',
  'email-taken': 'authRedirect.emailTaken',
};

/** What to do after a failed link, for each kind of link. */
function NextStep(props: { action: LinkAction | null }) {
  const { t } = useText();
  return (
    <Switch
      fallback={
        <>
          <p class="pui-text">{t('authRedirect.next.unknown')}</p>
          <ul class="auth-links">
            <li>
              <ScreenLink to={ROUTES.login}>{t('link.login')}</ScreenLink>
            </li>
          </ul>
        </>
      }
    >
      <Match when={props.action === 'magic-link'}>
        <p class="pui-text">{t('authRedirect.next.magic-link')}</p>
        <ScreenLink to={ROUTES.magicLink} class="pui-button">
          {t('link.newMagicLink')}
        </ScreenLink>
      </Match>
      <Match when={props.action === 'reset-pwd'}>
        <p class="pui-text">{t('authRedirect.next.reset-pwd')}</p>
        <ScreenLink to={ROUTES.forgotPassword} class="pui-button">
          {t('link.newResetLink')}
        </ScreenLink>
      </Match>
      <Match when={props.action === 'change-email'}>
        <p class="pui-text">{t('authRedirect.next.change-email')}</p>
        <ScreenLink to={ROUTES.profile}>{t('link.profile')}</ScreenLink>
      </Match>
      <Match when={props.action === 'email-confirm'}>
        <p class="pui-text">{t('authRedirect.next.email-confirm')}</p>
        <ResendVerification />
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{t('link.login')}</ScreenLink>
          </li>
        </ul>
      </Match>
    </Switch>
  );
}

function ResendVerification() {
  const { t } = useText();
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const send = (address: string) => {
    setSentTo(null);
    return sharedAuth.resendVerification(address);
  };

  return (
    <>
      <Show when={sentTo()}>
        {(address) => (
          <StatusNotice tone="success">
            <p>{t('register.sentTo', { email: address() })}</p>
          </StatusNotice>
        )}
      </Show>
      <EmailRequestForm send={send} submitLabel={t('button.resendVerification')} variant="secondary" onSent={setSentTo} />
    </>
  );
}

function LinkFailed(props: { message: string; action: LinkAction | null }) {
  const { t } = useText();
  return (
    <>
      <Heading>{t('authRedirect.failedHeading')}</Heading>
      <FormAlert message={props.message} />
      <NextStep action={props.action} />
    </>
  );
}

/**
 * /auth-redirect: where email links land. The token leaves the address bar before anything else runs; then
 * the link becomes a session (email-confirm, magic-link), the reset form (reset-pwd) or a notice (change-email).
 */
export function AuthRedirect() {
  const { t } = useText();
  const navigation = useScreenNavigation();
  const outcome = linkOutcome(captureRedirectParams());
  const [grantFailure, setGrantFailure] = createSignal<Failure | null>(null);
  const [question, setQuestion] = createSignal<{ token: string; user: User; current: User | null } | null>(null);

  /**
   * Where a link's session goes: where the user wanted to be, unless a confirmation link left the account without
   * a password (altogic-local drops one chosen on another device: README "Security model"); then the profile's
   * Security section, which asks to set one.
   */
  const afterLink = (user: User): string | null => {
    const remembered = takeRememberedRedirect();
    const confirmed = outcome.kind === 'grant' && outcome.action === 'email-confirm';
    return confirmed && user.hasPassword === false ? ROUTES.profileSecurity : remembered;
  };

  const answer = async (token: string, accept: boolean) => {
    const result = await sharedAuth.settleLink(token, accept);
    setQuestion(null);
    if (!result.ok) setGrantFailure(result.error);
    else if (result.value) navigation.signedIn(result.value, afterLink(result.value));
    else navigation.go(sharedAuth.state.user ? ROUTES.profile : ROUTES.login, { replace: true });
  };

  // Leaving the question unanswered declines it: on a shared computer, Back must not bring it to the next person.
  onCleanup(() => {
    const asked = question();
    if (asked) void sharedAuth.settleLink(asked.token, false);
  });

  onMount(() => {
    if (outcome.kind === 'reset') {
      holdResetToken(outcome.token);
      navigation.go(ROUTES.resetPassword, { replace: true });
    } else if (outcome.kind === 'grant') {
      // shared-auth grants a token once: a second mount gets the first call's answer.
      const token = outcome.token;
      void sharedAuth.followLink(token).then((result) => {
        if (!result.ok) setGrantFailure(result.error);
        else if (result.value.status === 'signed-in') navigation.signedIn(result.value.user, afterLink(result.value.user));
        else setQuestion({ token, user: result.value.user, current: result.value.current });
      });
    } else if (outcome.kind === 'email-changed' && sharedAuth.state.user) {
      void sharedAuth.refreshUser();
    }
  });

  return (
    <Switch>
      <Match when={outcome.kind === 'failed' && outcome}>
        {(failed) => <LinkFailed action={failed().action} message={t(FAILED_LINK[failed().reason])} />}
      </Match>
      <Match when={question()}>
        {(asked) => <ConfirmLink user={asked().user} current={asked().current} onAnswer={(accept) => answer(asked().token, accept)} />}
      </Match>
      <Match when={grantFailure()}>
        {(failure) => <LinkFailed action={outcome.kind === 'grant' ? outcome.action : null} message={errorMessage(t, failure())} />}
      </Match>
      <Match when={outcome.kind === 'email-changed'}>
        <StatusNotice tone="success">
          <Heading focus>{t('authRedirect.emailChangedHeading')}</Heading>
          <p>{t('authRedirect.emailChanged')}</p>
        </StatusNotice>
        <ul class="auth-links">
          <li>
            <Show when={sharedAuth.state.user} fallback={<ScreenLink to={ROUTES.login}>{t('link.login')}</ScreenLink>}>
              <ScreenLink to={ROUTES.profile}>{t('link.profile')}</ScreenLink>
            </Show>
          </li>
        </ul>
      </Match>
      <Match when={outcome.kind === 'missing'}>
        <Heading>{t('authRedirect.failedHeading')}</Heading>
        <p class="pui-text">{t('authRedirect.missing')}</p>
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{t('link.login')}</ScreenLink>
          </li>
          <li>
            <ScreenLink to={ROUTES.register}>{t('link.register')}</ScreenLink>
          </li>
        </ul>
      </Match>
      <Match when={outcome.kind === 'grant' || outcome.kind === 'reset'}>
        <Heading>{t('authRedirect.workingHeading')}</Heading>
        <StatusNotice>
          <p>{t('authRedirect.working')}</p>
        </StatusNotice>
      </Match>
    </Switch>
  );
}
