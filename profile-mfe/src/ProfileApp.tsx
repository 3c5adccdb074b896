import { createSignal, onMount, Show } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import { createTranslator, loadCatalog, portalUiCss, TranslatorProvider } from 'portal-ui';
import { AvatarSection } from './avatar/AvatarSection';
import { profileCatalogs, useText } from './i18n/catalogs';
import { DetailsSection } from './name/DetailsSection';
import { SecuritySection } from './security/SecuritySection';
import { SessionsSection } from './sessions/SessionsSection';
import css from './profile.css?inline';

// The page's words are asked for when this code arrives, not at the first mount after the shell's start: the
// round trip overlaps that start (the translator below gets the same request).
void loadCatalog(profileCatalogs, sharedAuth.state.locale);

/**
 * The signed-in user's profile. The shell owns navigation: it leaves /profile when the user signs out.
 * The words follow the page's locale (sharedAuth.state.locale) and change in place when it changes; the page
 * renders once its catalog has arrived, so it never shows in another language first.
 */
export function ProfileApp() {
  const i18n = createTranslator(profileCatalogs, () => sharedAuth.state.locale);
  // The server is the source of truth: an email confirmed in another tab shows up here.
  onMount(() => void sharedAuth.refreshUser());

  return (
    <div class="pui-root profile-root" lang={i18n.locale()}>
      <style>{portalUiCss + css}</style>
      <Show when={i18n.ready()}>
        <TranslatorProvider value={i18n}>
          <ProfilePage />
        </TranslatorProvider>
      </Show>
    </div>
  );
}

function ProfilePage() {
  const { t } = useText();
  const [sessionsKey, setSessionsKey] = createSignal(0);
  return (
    <>
      <h1 class="profile-title">{t('profile.title')}</h1>
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
    </>
  );
}

function ProfileSkeleton() {
  const { t } = useText();
  return (
    <div class="profile-layout" aria-busy="true">
      <p class="pui-visually-hidden" role="status">
        {t('profile.loading')}
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
