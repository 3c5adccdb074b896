import { createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { ROUTES, type Failure } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, StatusNotice, SubmitButton, TextField } from 'portal-ui';
import { Heading } from '../frame/Heading';
import { emailProblem } from '../navigation/emailProblem';
import { takeRememberedRedirect } from '../navigation/pendingRedirect';
import { ScreenLink } from '../navigation/ScreenLink';
import { useScreenNavigation } from '../navigation/ScreenNavigation';
import { holdResetToken } from '../reset-password/resetToken';
import { buttons, labels, links, text } from '../text';
import { captureRedirectParams, linkOutcome, type LinkAction } from './redirectParams';

/** What to do after a failed link, for each kind of link. */
function NextStep(props: { action: LinkAction | null }) {
  return (
    <Switch
      fallback={
        <>
          <p class="pui-text">{text.authRedirect.nextStep.unknown}</p>
          <ul class="auth-links">
            <li>
              <ScreenLink to={ROUTES.login}>{links.login}</ScreenLink>
            </li>
          </ul>
        </>
      }
    >
      <Match when={props.action === 'magic-link'}>
        <p class="pui-text">{text.authRedirect.nextStep['magic-link']}</p>
        <ScreenLink to={ROUTES.magicLink} class="pui-button">
          {links.newMagicLink}
        </ScreenLink>
      </Match>
      <Match when={props.action === 'reset-pwd'}>
        <p class="pui-text">{text.authRedirect.nextStep['reset-pwd']}</p>
        <ScreenLink to={ROUTES.forgotPassword} class="pui-button">
          {links.newResetLink}
        </ScreenLink>
      </Match>
      <Match when={props.action === 'change-email'}>
        <p class="pui-text">{text.authRedirect.nextStep['change-email']}</p>
        <ScreenLink to={ROUTES.profile}>{links.profile}</ScreenLink>
      </Match>
      <Match when={props.action === 'email-confirm'}>
        <p class="pui-text">{text.authRedirect.nextStep['email-confirm']}</p>
        <ResendVerification />
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{links.login}</ScreenLink>
          </li>
        </ul>
      </Match>
    </Switch>
  );
}

function ResendVerification() {
  const [email, setEmail] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (sending()) return;
    const problem = emailProblem(email());
    setError(problem);
    if (problem) return input?.focus();
    setFailure(null);
    setSentTo(null);
    setSending(true);
    const address = email().trim();
    const result = await sharedAuth.resendVerification(address);
    setSending(false);
    if (result.ok) setSentTo(address);
    else setFailure(result.error);
  };

  return (
    <>
      <Show when={sentTo()}>
        {(address) => (
          <StatusNotice tone="success">
            <p>{text.register.sentTo(address())}</p>
          </StatusNotice>
        )}
      </Show>
      <FormAlert message={failure() ? errorMessage(failure()!) : null} />
      <form class="pui-form" novalidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={labels.email}
          type="email"
          autocomplete="email"
          value={email()}
          onInput={setEmail}
          error={error()}
          ref={(el) => (input = el)}
        />
        <SubmitButton submitting={sending()} variant="secondary">
          {buttons.resendVerification}
        </SubmitButton>
      </form>
    </>
  );
}

function LinkFailed(props: { message: string; action: LinkAction | null }) {
  return (
    <>
      <Heading>{text.authRedirect.failedHeading}</Heading>
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
  const navigation = useScreenNavigation();
  const outcome = linkOutcome(captureRedirectParams());
  const [grantFailure, setGrantFailure] = createSignal<Failure | null>(null);

  onMount(() => {
    if (outcome.kind === 'reset') {
      holdResetToken(outcome.token);
      navigation.go(ROUTES.resetPassword, { replace: true });
    } else if (outcome.kind === 'grant') {
      // shared-auth grants a token once: a second mount gets the first call's answer.
      void sharedAuth.grant(outcome.token).then((result) => {
        if (result.ok) navigation.signedIn(result.value, takeRememberedRedirect());
        else setGrantFailure(result.error);
      });
    } else if (outcome.kind === 'email-changed' && sharedAuth.state.user) {
      void sharedAuth.refreshUser();
    }
  });

  return (
    <Switch>
      <Match when={outcome.kind === 'failed' && outcome}>
        {(failed) => (
          <LinkFailed
            action={failed().action}
            message={
              failed().reason === 'used'
                ? text.authRedirect.used
                : failed().reason === 'email-taken'
                  ? text.authRedirect.emailTaken
                  : text.authRedirect.invalid
            }
          />
        )}
      </Match>
      <Match when={grantFailure()}>
        {(failure) => <LinkFailed action={outcome.kind === 'grant' ? outcome.action : null} message={errorMessage(failure())} />}
      </Match>
      <Match when={outcome.kind === 'email-changed'}>
        <StatusNotice tone="success">
          <Heading focus>{text.authRedirect.emailChangedHeading}</Heading>
          <p>{text.authRedirect.emailChanged}</p>
        </StatusNotice>
        <ul class="auth-links">
          <li>
            <Show when={sharedAuth.state.user} fallback={<ScreenLink to={ROUTES.login}>{links.login}</ScreenLink>}>
              <ScreenLink to={ROUTES.profile}>{links.profile}</ScreenLink>
            </Show>
          </li>
        </ul>
      </Match>
      <Match when={outcome.kind === 'missing'}>
        <Heading>{text.authRedirect.failedHeading}</Heading>
        <p class="pui-text">{text.authRedirect.missing}</p>
        <ul class="auth-links">
          <li>
            <ScreenLink to={ROUTES.login}>{links.login}</ScreenLink>
          </li>
          <li>
            <ScreenLink to={ROUTES.register}>{links.register}</ScreenLink>
          </li>
        </ul>
      </Match>
      <Match when={outcome.kind === 'grant' || outcome.kind === 'reset'}>
        <Heading>{text.authRedirect.workingHeading}</Heading>
        <StatusNotice>
          <p>{text.authRedirect.working}</p>
        </StatusNotice>
      </Match>
    </Switch>
  );
}
