// Keeps the tables that grow with traffic bounded; run periodically by the server.
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { pruneCounters } from './counters.ts';

const DAY = 24 * 3600_000;
/** Spent and expired tokens stay a day, so a late visit of a used link is still told "already used". */
const EMAIL_TOKEN_GRACE_MS = DAY;
const COUNTER_GRACE_MS = 2 * DAY;

export async function pruneExpiredRows(db: Kysely<Database>, now: number): Promise<void> {
  const before = now - EMAIL_TOKEN_GRACE_MS;
  await db
    .deleteFrom('email_tokens')
    .where((eb) => eb.or([eb('expires_at', '<', before), eb('used_at', '<', before)]))
    .execute();
  await pruneCounters(db, now - COUNTER_GRACE_MS);
}
