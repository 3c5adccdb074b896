import { createEffect, For, on, onMount, Show, type JSX } from 'solid-js';
import { Route, useLocation, useNavigate } from '@solidjs/router';
import { ROUTES } from 'portal-contract';
import { PortalRouter } from 'single-spa-solid/router';
import { sharedAuth } from 'shared-auth/runtime';
import { AppRoot, createTranslator, loadCatalog } from 'portal-ui';
import { AvatarSection } from './avatar/AvatarSection';
import { profileCatalogs, useText, type ProfileKey } from './i18n/catalogs';
import { DetailsSection } from './name/DetailsSection';
import { SecuritySection } from './security/SecuritySection';
import { SessionsSection } from './sessions/SessionsSection';
import css from './profile.css?inline';

// The page's words are asked for when this code arrives, not at the first mount after the shell's start: the
// round trip overlaps that start (the translator below gets the same request).
void loadCatalog(profileCatalogs, sharedAuth.state.locale);

/**
 * The signed-in user's profile, routed by @solidjs/router under /profile: the overview, /profile/sessions and
 * /profile/security, each a deep link (the shell keeps signed-out visitors out and leaves when the user signs
 * out). The words follow the page's locale (sharedAuth.state.locale) and change in place when it changes; the
 * page renders once its catalog has arrived, so it never shows in another language first.
 */
export function ProfileApp() {
  const i18n = createTranslator(profileCatalogs, () => sharedAuth.state.locale);
  // The server is the source of truth: an email confirmed in another tab shows up here.
  onMount(() => void sharedAuth.refreshUser());

  return (
    <AppRoot class="profile-root" css={css} translator={i18n}>
      <PortalRouter base={ROUTES.profile} root={(route) => <ProfilePage>{route.children}</ProfilePage>}>
        <Route path="/" component={Overview} />
        <Route path="/sessions" component={SessionsSection} />
        <Route path="/security" component={SecuritySection} />
      </PortalRouter>
    </AppRoot>
  );
}

/** Avatar and name, and where the account is signed in. */
function Overview() {
  return (
    <div class="profile-layout">
      <div class="profile-column">
        <AvatarSection />
        <DetailsSection />
      </div>
      <div class="profile-column">
        <SessionsSection />
      </div>
    </div>
  );
}

const SECTIONS: { path: string; label: ProfileKey }[] = [
  { path: ROUTES.profile, label: 'profile.overview' },
  { path: ROUTES.profileSessions, label: 'profile.sessions' },
  { path: ROUTES.profileSecurity, label: 'profile.security' },
];

function ProfilePage(props: { children?: JSX.Element }) {
  const { t } = useText();
  const navigate = useNavigate();
  const location = useLocation();
  let title: HTMLHeadingElement | undefined;
  // After a move between sections, the reader starts again at the page's heading.
  createEffect(
    on(
      () => location.pathname,
      () => title?.focus(),
      { defer: true },
    ),
  );
  return (
    <>
      <h1 class="profile-title" tabindex="-1" ref={title}>
        {t('profile.title')}
      </h1>
      <nav class="profile-nav" aria-label={t('profile.nav')}>
        <For each={SECTIONS}>
          {(section) => (
            <a
              class="profile-nav-link"
              href={section.path}
              aria-current={location.pathname === section.path ? 'page' : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                navigate(section.path.slice(ROUTES.profile.length) || '/');
              }}
            >
              {t(section.label)}
            </a>
          )}
        </For>
      </nav>
      <Show when={sharedAuth.state.user} fallback={<ProfileSkeleton />}>
        {props.children}
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
