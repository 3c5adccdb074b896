// Erasing data for test suites (the emulator's reset endpoints): everything, or one account and what it owns.
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/** Every table emptied, in one transaction: users, sessions, tokens, files, known devices, outbox, counters. */
export async function eraseAllData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['sessions', 'email_tokens', 'files', 'known_devices', 'outbox', 'counters', 'users'] as const) {
      await trx.deleteFrom(table).execute();
    }
  });
}

/** One account and everything it owns: its sessions, email tokens, files, known devices and the mail sent to it. */
export async function eraseUser(db: Kysely<Database>, user: { id: string; email: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['sessions', 'email_tokens', 'files', 'known_devices'] as const) {
      await trx.deleteFrom(table).where('user_id', '=', user.id).execute();
    }
    await trx.deleteFrom('outbox').where('to_address', '=', user.email).execute();
    await trx.deleteFrom('users').where('id', '=', user.id).execute();
  });
}
