import { createEffect, createSignal, createUniqueId, For, on, onCleanup, Show } from 'solid-js';
import type { Result, SessionEntry } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';
import { errorMessage, FormAlert, StatusNotice, SubmitButton } from 'portal-ui';
import { text } from '../messages';
import { settle } from '../settle';
import { browserLabel, describeDevice, formatStarted } from './describeSession';

/**
 * Where the user is signed in. Reloaded after every action, when `refreshKey` changes (a password change
 * ends other sessions) and when the tab becomes visible again.
 */
export function SessionsSection(props: { refreshKey?: number }) {
  const id = createUniqueId();
  const [sessions, setSessions] = createSignal<SessionEntry[] | undefined>();
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [actionError, setActionError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
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
      setLoadError(errorMessage(result.error));
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
  async function act(key: string, action: () => Promise<Result<null>>, success: string) {
    if (pending()) return;
    setPending(key);
    setNotice(null);
    setActionError(null);
    const result = await settle(action);
    if (result.ok) setNotice(success);
    else setActionError(errorMessage(result.error));
    await load();
    setPending(null);
  }

  const others = () => sessions()?.filter((s) => !s.current) ?? [];

  return (
    <section class="profile-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.sessionsHeading}</h2>
      <p class="pui-hint">{text.sessionsIntro}</p>
      <Show
        when={sessions()}
        fallback={
          <Show when={!loadError()}>
            <ul class="profile-sessions" aria-busy="true" aria-label={text.sessionsLoading}>
              <li class="profile-session profile-skeleton" />
              <li class="profile-session profile-skeleton" />
            </ul>
          </Show>
        }
      >
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="pui-muted">{text.sessionsEmpty}</p>}>
            <ul class="profile-sessions">
              <For each={list()}>
                {(entry) => (
                  <li class="profile-session" classList={{ 'profile-session-current': entry.current }}>
                    <div class="profile-session-text">
                      <span class="profile-session-device">
                        {describeDevice(entry.userAgent)}
                        <Show when={entry.current}>
                          {' '}
                          <span class="profile-badge">{text.thisDevice}</span>
                        </Show>
                      </span>
                      <span class="pui-hint">
                        {browserLabel(entry.userAgent)} · {text.signedInAt(formatStarted(entry.creationDtm))}
                      </span>
                    </div>
                    <Show when={!entry.current}>
                      <SubmitButton
                        type="button"
                        variant="secondary"
                        submitting={pending() === entry.token}
                        onClick={() =>
                          void act(
                            entry.token,
                            () => sharedAuth.revokeSession(entry.token),
                            text.signedOutOne(describeDevice(entry.userAgent)),
                          )
                        }
                      >
                        {text.signOut} <span class="pui-visually-hidden">{describeDevice(entry.userAgent)}</span>
                      </SubmitButton>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={others().length > 0} fallback={<p class="pui-muted">{text.sessionsOnlyThis}</p>}>
              <div class="profile-actions">
                <SubmitButton
                  type="button"
                  variant="secondary"
                  submitting={pending() === 'others'}
                  onClick={() => void act('others', () => sharedAuth.signOutOthers(), text.signedOutOthers)}
                >
                  {text.signOutOthers}
                </SubmitButton>
              </div>
            </Show>
          </Show>
        )}
      </Show>
      <Show when={loadError()}>
        {(message) => (
          // Not FormAlert: a failed background refresh must not pull focus away from what the user is doing.
          <div class="pui-alert" role="alert">
            <p class="pui-alert-text">{message()}</p>
            <button type="button" class="pui-button" data-variant="secondary" onClick={() => void load()}>
              {text.retry}
            </button>
          </div>
        )}
      </Show>
      <p class="pui-hint">{text.sessionsIrreversible}</p>
      <FormAlert message={actionError()} />
      <StatusNotice tone="success">{notice()}</StatusNotice>
    </section>
  );
}
