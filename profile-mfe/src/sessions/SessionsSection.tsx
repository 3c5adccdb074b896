import { createSignal, createUniqueId, For, onCleanup, Show } from 'solid-js';
import type { Result, SessionEntry } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { createSubmission, failurePhrase, RetryNotice, settle, StatusNotice, SubmissionAlert, SubmitButton } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { browserLabel, describeDevice, formatStarted } from './describeSession';

/** What the last action signed out: one session, or all the others. */
type SignedOut = { session: SessionEntry } | 'others';

/**
 * Where the user is signed in. Loaded when shown (a password change on the Security page ended the other
 * sessions), after every action, and when the tab becomes visible again.
 */
export function SessionsSection() {
  const { t, say, locale } = useText();
  const id = createUniqueId();
  const [sessions, setSessions] = createSignal<SessionEntry[] | undefined>();
  const [loadError, setLoadError] = createSignal<ProfilePhrase | null>(null);
  // `key` names the action: its button shows progress, the others wait.
  const signOut = createSubmission(async (_key: string, action: () => Promise<Result<null>>, done: SignedOut) => {
    const result = await action();
    return result.ok ? { ok: true as const, value: done } : result;
  });
  const pending = () => (signOut.pending() ? signOut.input()?.[0] : null);
  let latest = 0;

  async function load() {
    const request = ++latest;
    const result = await settle(() => sharedAuth.listSessions());
    if (request !== latest) return; // a newer load answers instead
    if (result.ok) {
      setSessions([...result.value].sort((a, b) => Number(b.current) - Number(a.current) || b.creationDtm.localeCompare(a.creationDtm)));
      setLoadError(null);
    } else {
      setLoadError(failurePhrase(result.error));
    }
  }

  void load();

  const onVisible = () => {
    if (document.visibilityState === 'visible') void load();
  };
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => document.removeEventListener('visibilitychange', onVisible));

  /** Every action reloads the list, failed or not. */
  const act = async (key: string, action: () => Promise<Result<null>>, done: SignedOut) => {
    if (await signOut.submit(key, action, done)) await load();
  };

  const others = () => sessions()?.filter((s) => !s.current) ?? [];
  const notice = () => {
    const done = signOut.result();
    if (!done) return null;
    return done === 'others'
      ? t('sessions.signedOutOthers')
      : t('sessions.signedOutOne', { device: describeDevice(done.session.userAgent, t) });
  };

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('sessions.heading')}</h2>
      <p class="pui-hint">{t('sessions.intro')}</p>
      <Show
        when={sessions()}
        fallback={
          <Show when={!loadError()}>
            <ul class="profile-sessions" aria-busy="true" aria-label={t('sessions.loading')}>
              <li class="profile-session profile-skeleton" />
              <li class="profile-session profile-skeleton" />
            </ul>
          </Show>
        }
      >
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="pui-muted">{t('sessions.empty')}</p>}>
            <ul class="profile-sessions">
              <For each={list()}>
                {(entry) => (
                  <li class="profile-session" classList={{ 'profile-session-current': entry.current }}>
                    <div class="profile-session-text">
                      <span class="profile-session-device">
                        {describeDevice(entry.userAgent, t)}
                        <Show when={entry.current}>
                          {' '}
                          <span class="profile-badge">{t('sessions.thisDevice')}</span>
                        </Show>
                      </span>
                      <span class="pui-hint">
                        {browserLabel(entry.userAgent, t)} ·{' '}
                        {t('sessions.signedInAt', { when: formatStarted(entry.creationDtm, locale()) })}
                      </span>
                    </div>
                    <Show when={!entry.current}>
                      <SubmitButton
                        type="button"
                        variant="secondary"
                        submitting={pending() === entry.token}
                        disabled={signOut.wait.blocked()}
                        onClick={() => void act(entry.token, () => sharedAuth.revokeSession(entry.token), { session: entry })}
                      >
                        {t('sessions.signOut')} <span class="pui-visually-hidden">{describeDevice(entry.userAgent, t)}</span>
                      </SubmitButton>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={others().length > 0} fallback={<p class="pui-muted">{t('sessions.onlyThis')}</p>}>
              <div class="profile-actions">
                <SubmitButton
                  type="button"
                  variant="secondary"
                  submitting={pending() === 'others'}
                  disabled={signOut.wait.blocked()}
                  onClick={() => void act('others', () => sharedAuth.signOutOthers(), 'others')}
                >
                  {t('sessions.signOutOthers')}
                </SubmitButton>
              </div>
            </Show>
          </Show>
        )}
      </Show>
      <Show when={say(loadError())}>
        {(message) => (
          // Not FormAlert: a failed background refresh must not pull focus away from what the user is doing.
          <div class="pui-alert" role="alert">
            <p class="pui-alert-text">{message()}</p>
            <button type="button" class="pui-button" data-variant="secondary" onClick={() => void load()}>
              {t('action.retry')}
            </button>
          </div>
        )}
      </Show>
      <p class="pui-hint">{t('sessions.irreversible')}</p>
      <RetryNotice wait={signOut.wait} />
      <SubmissionAlert error={signOut.error()} />
      <StatusNotice tone="success">{notice()}</StatusNotice>
    </section>
  );
}
