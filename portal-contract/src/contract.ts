/**
 * The one declaration of everything that crosses an app boundary: Altogic objects, action results,
 * bus events, the shared-auth API and the props every micro-frontend's lifecycles receive.
 * Apps import these types; they never re-declare them.
 */

/** Semantic version of this contract. Apps built against another MAJOR refuse to mount. */
export const CONTRACT_VERSION = '1.6.0';

export interface UserAgentPart {
  family: string;
  major: string;
  minor: string;
  patch: string;
}

export interface UserAgent extends UserAgentPart {
  device: UserAgentPart;
  os: UserAgentPart;
}

export interface User {
  _id: string;
  provider: string;
  providerUserId: string;
  email: string;
  emailVerified?: boolean;
  /**
   * altogic-local only: false for an account without a password (its address was proved by a link before the
   * password chosen at sign-up was, so that password was discarded). The profile then offers to set one.
   * Absent (hosted Altogic) means the account has one.
   */
  hasPassword?: boolean;
  name?: string;
  profilePicture?: string;
  /**
   * The language of the user's mails (one of SUPPORTED_LOCALES), kept by shared-auth equal to the language the
   * portal shows (sent at sign-up, written to the user record after sign-in and on a change). Since 1.5.0; a
   * server that keeps no such field leaves it out, and its mails are in whatever language it writes them.
   */
  locale?: string;
  signUpAt: string;
  lastLoginAt: string;
}

export interface Session {
  userId: string;
  token: string;
  creationDtm: string;
  accessGroupKeys: string[];
  userAgent: UserAgent;
  /** When the session was last used (altogic-local: to the minute). Optional: not every server sends it. Since 1.5.0. */
  lastActiveDtm?: string;
  /** The address the session was last used from, as the server saw it. Optional, since 1.5.0. */
  ip?: string;
  /** An approximate place of that address ("Berlin, Germany"), only from a server that knows it. Optional, since 1.5.0. */
  place?: string;
}

/** A session as listed on the profile: `current` marks this device, `token` is a revocation handle. */
export interface SessionEntry extends Session {
  current: boolean;
}

export interface ApiErrorItem {
  origin: string;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface Failure {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  items: ApiErrorItem[];
  /** Seconds to wait, from a 429 answer. */
  retryAfter?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export type SignOutReason = 'user' | 'revoked' | 'expired' | 'other-tab';

/** Every event of the bus with its payload. Adding an event is a MINOR change; changing one is MAJOR. */
export interface AuthEventMap {
  'signed-in': { user: User };
  'signed-out': { reason: SignOutReason };
  'user-updated': { user: User };
  'session-invalid': { code: string };
  'locale-changed': { locale: string };
}

export type AuthEventType = keyof AuthEventMap;

/** What travels between tabs. Receivers drop unknown versions, unknown types, their own echoes and stale sequences. */
export interface BusEnvelope<K extends AuthEventType = AuthEventType> {
  v: 1;
  type: K;
  payload: AuthEventMap[K];
  seq: number;
  from: string;
}

export type Unsubscribe = () => void;

export interface EventBus {
  emit<K extends AuthEventType>(type: K, payload: AuthEventMap[K]): void;
  on<K extends AuthEventType>(type: K, listener: (payload: AuthEventMap[K]) => void): Unsubscribe;
}

/** Reactive state: read properties inside a Solid computation to track them. */
export interface AuthState {
  readonly user: User | null;
  readonly session: Session | null;
  /** Why the last session ended, until a new sign-in. */
  readonly endedReason: SignOutReason | null;
  /** false when the browser refused storage (private mode): the session then lasts only as long as this page. Optional so fakes need not set it; shared-auth always does. */
  readonly persistent?: boolean;
  /**
   * The language every app shows, one of SUPPORTED_LOCALES. First match wins: `locale` in portal.config.json,
   * the user's choice (setLocale, remembered in storage), `navigator.languages`, English. A parcel's own
   * `locale` prop overrides it for that parcel only.
   */
  readonly locale: string;
}

/** Languages every app ships a complete catalog for. Adding one is a MINOR change. */
export const SUPPORTED_LOCALES = ['en', 'de'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export interface AltogicConfig {
  envUrl: string;
  clientKey: string;
}

/** What `configure` takes: the Altogic app, and a locale that, when given, every app of the page uses. */
export interface SharedAuthConfig extends AltogicConfig {
  locale?: string;
}

export interface SignUpValue {
  user: User;
  /** null while the email address awaits verification. */
  session: Session | null;
}

/** What following an emailed sign-in link gave. */
export type LinkGrant =
  | { status: 'signed-in'; user: User }
  /** Nobody here asked for this link, or another account is signed in (`current`): the user decides. */
  | { status: 'confirm'; user: User; current: User | null };

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface SharedAuth {
  readonly version: string;
  readonly state: AuthState;
  readonly bus: EventBus;
  configure(config: SharedAuthConfig): void;
  /**
   * The user's choice of language: remembered in storage, set as `lang` on the document, and announced as
   * `locale-changed` in this page and the other tabs. A locale fixed by `configure` still wins.
   */
  setLocale(locale: string): void;
  signUp(email: string, password: string, name: string): Promise<Result<SignUpValue>>;
  signIn(email: string, password: string): Promise<Result<User>>;
  sendMagicLink(email: string): Promise<Result<null>>;
  resendVerification(email: string): Promise<Result<null>>;
  sendResetLink(email: string): Promise<Result<null>>;
  resetPassword(accessToken: string, newPassword: string): Promise<Result<null>>;
  /**
   * Exchanges an emailed access_token for a session. A link that needs the user's confirmation (see followLink)
   * fails with `confirmation_required` and changes nothing. Since 1.3.0 screens use followLink.
   */
  grant(accessToken: string): Promise<Result<User>>;
  /**
   * Follows an emailed sign-in link (email-confirm, magic-link): signs in at once when this browser asked for a
   * link to that address and no other account is signed in; otherwise nothing changes until settleLink (login
   * CSRF: an attacker's own link must never silently switch a victim into the attacker's account). Since 1.3.0.
   */
  followLink(accessToken: string): Promise<Result<LinkGrant>>;
  /** The user's answer to a `confirm`: true signs in the link's account (value: that user), false keeps what was (null). */
  settleLink(accessToken: string, accept: boolean): Promise<Result<User | null>>;
  signOut(): Promise<Result<null>>;
  revokeSession(token: string): Promise<Result<null>>;
  signOutOthers(): Promise<Result<null>>;
  listSessions(): Promise<Result<SessionEntry[]>>;
  refreshUser(): Promise<Result<User>>;
  updateName(name: string): Promise<Result<User>>;
  uploadAvatar(file: File, onProgress?: (progress: UploadProgress) => void): Promise<Result<User>>;
  changePassword(currentPassword: string, newPassword: string): Promise<Result<null>>;
  changeEmail(currentPassword: string, newEmail: string): Promise<Result<null>>;
}

/** Props the root config passes to every micro-frontend application or parcel. */
export interface AppProps {
  /** Soft navigation owned by the host (single-spa's navigateToUrl in the portal). */
  navigate: (url: string) => void;
  /** Where the portal's mail outbox is, when running against altogic-local. */
  outboxUrl?: string;
  /** Links of the sign-up consent checkbox (portal.config.json `consent`); no checkbox without them. */
  consent?: ConsentLinks;
}

/** Terms and privacy policy a user agrees to at sign-up; either one makes the consent checkbox appear. */
export interface ConsentLinks {
  termsUrl?: string;
  privacyUrl?: string;
}

/** The auth screens auth-mfe's `./parcels` exports, each a single-spa parcel typed by AuthParcelProps. Since 1.5.0. */
export const AUTH_PARCELS = ['login', 'register', 'magicLink', 'forgotPassword'] as const;
export type AuthParcelName = (typeof AUTH_PARCELS)[number];

/**
 * Extra props of the auth screens when mounted as parcels inside a host page. A parcel's links between these
 * screens (Forgot password?, Login with magic link, Create an account, Back to login) switch the screen inside
 * the parcel and never leave the host page; `navigate` is used only for `redirectTo`. Once someone is signed in,
 * the parcel shows "Signed in as …" with a button to sign out instead of its form.
 */
export interface AuthParcelProps extends Partial<AppProps> {
  onSuccess?: (user: User) => void;
  redirectTo?: string;
  theme?: Partial<Record<ThemeToken, string>>;
  /** The parcel's language, over the page's (`sharedAuth.state.locale`); one of SUPPORTED_LOCALES. */
  locale?: string;
  /** Register parcel: links of the consent checkbox (over `consent`). */
  termsUrl?: string;
  privacyUrl?: string;
}

/** The documented CSS custom properties of every screen (set on the app root, prefixed --sa-). */
export type ThemeToken =
  'color-primary' | 'color-text' | 'color-muted' | 'color-bg' | 'color-surface' | 'color-error' | 'color-success' | 'radius' | 'font';

/**
 * Password rules (docs/security.md S2, NIST 800-63B): length only, no composition rules. The server enforces all
 * of them; screens show them as a live checklist. `notCommon` can only be checked by the server (it refuses
 * the 10,000 most common passwords, and passwords of only white space, with a validation_error whose
 * details.reason is 'too_common').
 */
export const PASSWORD_RULES = {
  minLength: 8,
  maxLength: 128,
  notCommon: true,
} as const;

/** Remote names and exposed modules: the federation contract. */
export const REMOTES = {
  sharedAuth: 'shared-auth',
  authMfe: 'auth-mfe',
  profileMfe: 'profile-mfe',
} as const;

export type RemoteName = (typeof REMOTES)[keyof typeof REMOTES];

/** portal.config.json, fetched by the root config at start. */
export interface PortalConfig {
  altogic: AltogicConfig;
  remotes: Record<RemoteName, string>;
  outboxUrl?: string;
  /** Fixes the language for every user (the header's language switcher is then hidden); one of SUPPORTED_LOCALES. */
  locale?: string;
  /** Terms and privacy policy to agree to at sign-up. */
  consent?: ConsentLinks;
  /** Developer overrides of remote URLs (like import-map-overrides): off unless enabled, and only to listed origins. */
  overrides?: { enabled: boolean; allowedOrigins: string[] };
}

/**
 * Where the signed-in session lives in the browser: localStorage under shared-auth's prefix (every key of
 * shared-auth and the Altogic client, docs/pitfalls.md #14), the client's `session` and `user` holding the server's
 * objects as JSON. A page that finds both there at start is signed in; testing kits write them (`StoredSession`).
 * Declared here since 1.4.0 (the keys themselves are older).
 */
export const STORAGE_PREFIX = 'shared-auth:';
/** The client's own key names, before the prefix. */
export const CLIENT_KEYS = { session: 'session', user: 'user' } as const;
/** The localStorage keys of the session, as they appear in the browser. */
export const SESSION_STORAGE_KEYS = {
  session: `${STORAGE_PREFIX}${CLIENT_KEYS.session}`,
  user: `${STORAGE_PREFIX}${CLIENT_KEYS.user}`,
} as const;

/**
 * Where an app keeps data of the signed-in user in localStorage between visits (profile-mfe's pending email change):
 * keys under this prefix. shared-auth removes every one of them when a session ends in this browser (sign-out, or a
 * session the server ended), so that nothing of the user stays behind for the next person (docs/security.md B5).
 * Since 1.6.0.
 */
export const USER_DATA_STORAGE_PREFIX = `${STORAGE_PREFIX}user-data:`;

/** What SESSION_STORAGE_KEYS hold, each JSON-encoded: the session and user of a sign-in answer. */
export interface StoredSession {
  session: Session;
  user: User;
}

/** Where hosts put remote entry URLs before any remote loads (the promise-type federation remotes read it). */
export const REMOTE_URLS_GLOBAL = '__portal_remotes__';

/** Routes of the composed portal (docs/architecture.md). */
export const ROUTES = {
  home: '/',
  login: '/login',
  register: '/register',
  magicLink: '/login-with-magic-link',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  authRedirect: '/auth-redirect',
  profile: '/profile',
  profileSessions: '/profile/sessions',
  profileSecurity: '/profile/security',
} as const;

/** Paths the auth micro-frontend owns. */
export const AUTH_PATHS: readonly string[] = [
  ROUTES.home,
  ROUTES.login,
  ROUTES.register,
  ROUTES.magicLink,
  ROUTES.forgotPassword,
  ROUTES.resetPassword,
  ROUTES.authRedirect,
];

/** Paths the profile micro-frontend owns (deep links of its router, whose base is ROUTES.profile); signed in only. */
export const PROFILE_PATHS: readonly string[] = [ROUTES.profile, ROUTES.profileSessions, ROUTES.profileSecurity];

/** What each micro-frontend exposes through federation. */
export const EXPOSED = { app: './app', parcels: './parcels', runtime: './runtime' } as const;

/** The paths each micro-frontend's `./app` is active on (the host registers its apps, and plans preloads, by it). */
export const APP_PATHS = {
  'auth-mfe': AUTH_PATHS,
  'profile-mfe': PROFILE_PATHS,
} as const satisfies Partial<Record<RemoteName, readonly string[]>>;

/** The lifecycles a micro-frontend's `./app` module exports (checked by the root config at load). */
export interface AppLifecycles<P = AppProps> {
  contractVersion: string;
  bootstrap: (props: P & { name: string }) => Promise<void>;
  mount: (props: P & { name: string }) => Promise<void>;
  unmount: (props: P & { name: string }) => Promise<void>;
  update?: (props: P & { name: string }) => Promise<void>;
}
