import { createEffect, createSignal, createUniqueId, For, on, onCleanup, Show } from 'solid-js';
import type { Result, SessionEntry } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { failurePhrase, FormAlert, StatusNotice, SubmitButton } from 'portal-ui';
import { useText, type ProfilePhrase } from '../i18n/catalogs';
import { settle } from '../settle';
import { browserLabel, describeDevice, formatStarted } from './describeSession';

/** What the last action signed out: one session, or all the others. */
type SignedOut = { session: SessionEntry } | 'others';

/**
 * Where the user is signed in. Reloaded after every action, when `refreshKey` changes (a password change
 * ends other sessions) and when the tab becomes visible again.
 */
export function SessionsSection(props: { refreshKey?: number }) {
  const { t, say, locale } = useText();
  const id = createUniqueId();
  const [sessions, setSessions] = createSignal<SessionEntry[] | undefined>();
  const [loadError, setLoadError] = createSignal<ProfilePhrase | null>(null);
  const [actionError, setActionError] = createSignal<ProfilePhrase | null>(null);
  const [signedOut, setSignedOut] = createSignal<SignedOut | null>(null);
  const [pending, setPending] = createSignal<string | null>(null);
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

  createEffect(
    on(
      () => props.refreshKey,
      () => void load(),
    ),
  );

  const onVisible = () => {
    if (document.visibilityState === 'visible') void load();
  };
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => document.removeEventListener('visibilitychange', onVisible));

  /** `key` names the action in progress: its button shows progress, the others wait. */
  async function act(key: string, action: () => Promise<Result<null>>, done: SignedOut) {
    if (pending()) return;
    setPending(key);
    setSignedOut(null);
    setActionError(null);
    const result = await settle(action);
    if (result.ok) setSignedOut(done);
    else setActionError(failurePhrase(result.error));
    await load();
    setPending(null);
  }

  const others = () => sessions()?.filter((s) => !s.current) ?? [];
  const notice = () => {
    const done = signedOut();
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
      <FormAlert message={say(actionError())} />
      <StatusNotice tone="success">{notice()}</StatusNotice>
    </section>
  );
}
