import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * How a sighting of an account's browser and OS relates to the ones seen before. `new`: never seen, and the account
 * has had a sign-in before from another device (so it is watched); `unwatched`: never seen, but the account never
 * signed in before (it is still signing up, or this is its first sign-in).
 */
export type DeviceSighting = 'known' | 'new' | 'unwatched';

/**
 * Records that an account was used from `device` (`signIn`: a sign-in, not a step of signing up) and says whether
 * that is new. Atomic per (user, device): of parallel sign-ins from one new device only one sees `new`. Keeps at most
 * `maxPerUser` devices per account, dropping the least recently seen.
 */
export async function recordDevice(
  db: Kysely<Database>,
  userId: string,
  device: string,
  signIn: boolean,
  now: number,
  maxPerUser: number,
): Promise<DeviceSighting> {
  const inserted = await db
    .insertInto('known_devices')
    .values({ user_id: userId, device, signed_in: signIn ? 1 : 0, first_seen_at: now, last_seen_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'device']).doNothing())
    .returning('device')
    .executeTakeFirst();
  if (!inserted) {
    await db
      .updateTable('known_devices')
      .set(signIn ? { last_seen_at: now, signed_in: 1 } : { last_seen_at: now })
      .where('user_id', '=', userId)
      .where('device', '=', device)
      .execute();
    return 'known';
  }
  const others = await db
    .selectFrom('known_devices')
    .select(['device', 'signed_in'])
    .where('user_id', '=', userId)
    .where('device', '!=', device)
    .orderBy('last_seen_at', 'desc')
    .limit(maxPerUser + 100)
    .execute();
  const surplus = others.slice(Math.max(0, maxPerUser - 1)).map((row) => row.device);
  if (surplus.length > 0) {
    await db.deleteFrom('known_devices').where('user_id', '=', userId).where('device', 'in', surplus).execute();
  }
  return others.some((row) => Number(row.signed_in) === 1) ? 'new' : 'unwatched';
}
