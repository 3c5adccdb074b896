import { createSignal, onMount, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { portalUiCss } from 'portal-ui';
import { AvatarSection } from './avatar/AvatarSection';
import { DetailsSection } from './name/DetailsSection';
import { SecuritySection } from './security/SecuritySection';
import { SessionsSection } from './sessions/SessionsSection';
import { text } from './messages';
import css from './profile.css?inline';

/** The signed-in user's profile. The shell owns navigation: it leaves /profile when the user signs out. */
export function ProfileApp() {
  const [sessionsKey, setSessionsKey] = createSignal(0);
  // The server is the source of truth: an email confirmed in another tab shows up here.
  onMount(() => void sharedAuth.refreshUser());

  return (
    <div class="pui-root profile-root">
      <style>{portalUiCss + css}</style>
      <h1 class="profile-title">{text.title}</h1>
      <Show when={sharedAuth.state.user} fallback={<ProfileSkeleton />}>
        <div class="profile-layout">
          <div class="profile-column">
            <AvatarSection />
            <DetailsSection />
          </div>
          <div class="profile-column">
            <SessionsSection refreshKey={sessionsKey()} />
            <SecuritySection onPasswordChanged={() => setSessionsKey((n) => n + 1)} />
          </div>
        </div>
      </Show>
    </div>
  );
}

function ProfileSkeleton() {
  return (
    <div class="profile-layout" aria-busy="true">
      <p class="pui-visually-hidden" role="status">
        {text.loadingProfile}
      </p>
      <div class="profile-column">
        <div class="profile-card profile-skeleton profile-skeleton-card" />
      </div>
      <div class="profile-column">
        <div class="profile-card profile-skeleton profile-skeleton-card" />
      </div>
    </div>
  );
}
