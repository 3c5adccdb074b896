// New-sign-in notices: an account is told when it signs in from a browser and OS it was never seen with.
// Sign-ins are password sign-ins and grants of magic links. Signing up (the sign-up request, with or without
// verification, and the grant of the confirmation link) records its browser and OS as seen, silently; so does the
// account's first sign-in, whatever browser it comes from ("the first sign-in after sign-up sends none"). From then
// on, any session from a browser and OS never seen with the account is told. Versions are left out, so updates are
// not "new".
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { mailLocale } from '../../mail/locale.ts';
import { mails } from '../../mail/templates.ts';
import { recordDevice } from '../../store/known-devices.ts';
import type { WireUserAgent } from '../../wire.ts';
import { parseUserAgent } from './user-agent.ts';

const MAX_KNOWN_DEVICES_PER_USER = 50;

/** What started the session: a sign-in, or a step of signing up. */
export type SessionOrigin = 'sign-in' | 'sign-up';

const UNKNOWN = '';

/** Family names from the parsed User-Agent, reduced to a harmless vocabulary for mail text. */
function family(name: string): string {
  const clean = name
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .trim()
    .slice(0, 40);
  return clean === 'Other' ? UNKNOWN : clean;
}

/** Browser and OS families for the mail (null: unknown, the mail says so in its language) and the device's key. */
export function describeDevice(agent: WireUserAgent): { browser: string | null; os: string | null; key: string } {
  const browser = family(agent.family);
  const os = family(agent.os.family);
  return {
    browser: browser === UNKNOWN ? null : browser,
    os: os === UNKNOWN ? null : os,
    key: `${agent.family}|${agent.os.family}`.slice(0, 200),
  };
}

/** Records the browser and OS of a sign-in or sign-up step and mails `new-sign-in` when the account is told. */
export async function noteDevice(
  ctx: AppContext,
  user: { id: string; email: string; locale?: string | null },
  origin: SessionOrigin,
  request: FastifyRequest,
  agent: WireUserAgent = parseUserAgent(request.headers['user-agent']),
): Promise<void> {
  const device = describeDevice(agent);
  const now = ctx.now();
  const sighting = await recordDevice(ctx.db, user.id, device.key, origin === 'sign-in', now, MAX_KNOWN_DEVICES_PER_USER);
  if (sighting !== 'new') return;
  ctx.securityEvent('signin_new_device', { user: user.id, ip: request.ip });
  if (ctx.config.securityNotices) await ctx.mailer.send(mails.newSignIn(user.email, device, now, mailLocale(user, request)));
}
