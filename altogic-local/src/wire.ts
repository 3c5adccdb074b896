// Objects on the wire (docs/wire-contract.md §2): users, sessions and file metadata as the altogic client expects them.
import { hasPassword, type UserRow } from './store/users.ts';
import type { SessionRow } from './store/sessions.ts';
import type { FileMeta } from './store/files.ts';

export interface WireUser {
  _id: string;
  provider: 'altogic';
  providerUserId: string;
  email: string;
  emailVerified: boolean;
  /** altogic-local only: false when the account has no password yet (the profile offers to set one) */
  hasPassword: boolean;
  name?: string;
  profilePicture?: string;
  /** altogic-local only: the language of the user's mails, once known */
  locale?: string;
  signUpAt: string;
  lastLoginAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface WireUserAgent {
  family: string;
  major: string;
  minor: string;
  patch: string;
  device: { family: string; major: string; minor: string; patch: string };
  os: { family: string; major: string; minor: string; patch: string };
}

export interface WireSession {
  _id: string;
  userId: string;
  token: string;
  creationDtm: string;
  lastActiveDtm: string;
  isCurrent: boolean;
  accessGroupKeys: string[];
  userAgent: WireUserAgent;
  /** altogic-local only: the address the session was last active from (updated with lastActiveDtm, once a minute) */
  ip?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The public user: never the password hash or any other secret (SEC-E5). */
export function toWireUser(row: UserRow): WireUser {
  const user: WireUser = {
    _id: row.id,
    provider: 'altogic',
    providerUserId: row.id,
    email: row.email,
    emailVerified: Boolean(row.email_verified),
    hasPassword: hasPassword(row),
    signUpAt: iso(row.sign_up_at),
    lastLoginAt: iso(row.last_login_at),
    createdAt: iso(row.sign_up_at),
    updatedAt: iso(row.updated_at),
  };
  if (row.name !== null) user.name = row.name;
  if (row.profile_picture !== null) user.profilePicture = row.profile_picture;
  if (row.locale !== null) user.locale = row.locale;
  return user;
}

/** `token` is the bearer token for the caller's own session and a revocation handle for the others (S6b). */
export function toWireSession(row: SessionRow, token: string, isCurrent: boolean): WireSession {
  const session: WireSession = {
    _id: row.id,
    userId: row.user_id,
    token,
    creationDtm: iso(row.created_at),
    lastActiveDtm: iso(row.last_used_at),
    isCurrent,
    accessGroupKeys: [],
    userAgent: JSON.parse(row.user_agent) as WireUserAgent,
  };
  if (row.ip) session.ip = row.ip;
  return session;
}

export interface WireFile {
  _id: string;
  bucketId: string;
  fileName: string;
  size: number;
  encoding: string;
  mimeType: string;
  publicPath: string;
  isPublic: boolean;
  uploadedAt: string;
  updatedAt: string;
  userId: string;
  tags: string[];
}

export function toWireFile(row: FileMeta, publicPath: string): WireFile {
  return {
    _id: row.id,
    bucketId: row.bucket,
    fileName: row.name,
    size: Number(row.size),
    encoding: '7bit',
    mimeType: row.mime_type,
    publicPath,
    isPublic: Boolean(row.is_public),
    uploadedAt: iso(row.uploaded_at),
    updatedAt: iso(row.updated_at),
    userId: row.user_id,
    tags: JSON.parse(row.tags) as string[],
  };
}
