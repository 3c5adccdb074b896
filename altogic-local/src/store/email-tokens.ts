import type { Kysely, Selectable } from 'kysely';
import type { Database, EmailTokensTable, TokenPurpose } from './database.ts';

export type EmailTokenRow = Selectable<EmailTokensTable>;

/**
 * Stores a new token and retires the unspent older ones of the same user and purpose (SEC-C5). With `passwordHash`,
 * only while the user's password is still that one (false otherwise, nothing stored): the row is locked first, so a
 * concurrent reset either comes after and retires this token, or came before and is seen.
 */
export async function issueEmailToken(db: Kysely<Database>, row: EmailTokensTable, passwordHash?: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (passwordHash !== undefined) {
      const still = await trx
        .updateTable('users')
        .set((eb) => ({ password_hash: eb.ref('password_hash') }))
        .where('id', '=', row.user_id)
        .where('password_hash', '=', passwordHash)
        .executeTakeFirst();
      if (Number(still.numUpdatedRows) === 0) return false;
    }
    await trx
      .updateTable('email_tokens')
      .set({ used_at: row.created_at })
      .where('user_id', '=', row.user_id)
      .where('purpose', '=', row.purpose)
      .where('used_at', 'is', null)
      .execute();
    await trx.insertInto('email_tokens').values(row).execute();
    return true;
  });
}

export async function findEmailToken(db: Kysely<Database>, tokenHash: string): Promise<EmailTokenRow | undefined> {
  return db.selectFrom('email_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Spends a token in one conditional statement: exactly one caller gets the row back, whatever the concurrency
 * (SEC-C3). `minCreatedAt` narrows tokens of the given purpose to those created after it.
 */
export async function consumeEmailToken(
  db: Kysely<Database>,
  tokenHash: string,
  purposes: TokenPurpose[],
  now: number,
  minCreatedAt?: { purpose: TokenPurpose; after: number },
): Promise<EmailTokenRow | undefined> {
  let query = db
    .updateTable('email_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now);
  if (minCreatedAt) {
    const { purpose, after } = minCreatedAt;
    query = query.where((eb) => eb.or([eb('purpose', '!=', purpose), eb('created_at', '>', after)]));
  }
  return query.returningAll().executeTakeFirst();
}

/** Password change/reset and email change retire every outstanding token of the user (SEC-C5). */
export async function retireUserTokens(db: Kysely<Database>, userId: string, now: number, purposes?: TokenPurpose[]): Promise<void> {
  let query = db.updateTable('email_tokens').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null);
  if (purposes) query = query.where('purpose', 'in', purposes);
  await query.execute();
}
