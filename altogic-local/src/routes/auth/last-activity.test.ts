// Sessions record their last activity and address, written at most once a minute per session (the session check
// runs on every authenticated call and must not write on each of them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, verifiedUser, type TestServer } from '../../testing/harness.ts';
import { TOUCH_EVERY_MS } from './session-auth.ts';

describe('last activity of a session', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  const storedSession = async (userId: string) =>
    t.server.store.db.selectFrom('sessions').select(['last_used_at', 'ip']).where('user_id', '=', userId).executeTakeFirstOrThrow();

  it('is written at most once a minute, however many calls the session makes', async () => {
    const { client, userId } = await verifiedUser(t);
    const started = (await storedSession(userId)).last_used_at;
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(TOUCH_EVERY_MS / 10);
      expect((await client.auth.getUserFromDB()).errors).toBeNull();
    }
    expect((await storedSession(userId)).last_used_at).toBe(started);

    t.clock.advance(TOUCH_EVERY_MS);
    const before = t.clock.now();
    expect((await client.auth.getUserFromDB()).errors).toBeNull();
    const touched = (await storedSession(userId)).last_used_at;
    expect(touched).toBeGreaterThanOrEqual(before);

    t.clock.advance(TOUCH_EVERY_MS / 2);
    expect((await client.auth.getUserFromDB()).errors).toBeNull();
    expect((await storedSession(userId)).last_used_at).toBe(touched);
  });

  it('is listed with the address of the session as lastActiveDtm and ip', async () => {
    const { client } = await verifiedUser(t);
    t.clock.advance(TOUCH_EVERY_MS + 1000);
    const before = t.clock.now();
    const { sessions, errors } = await client.auth.getAllSessions();
    expect(errors).toBeNull();
    const own = (sessions as unknown as Array<{ isCurrent: boolean; lastActiveDtm: string; creationDtm: string; ip?: string }>).find(
      (s) => s.isCurrent,
    )!;
    expect(Date.parse(own.lastActiveDtm)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(own.lastActiveDtm)).toBeGreaterThan(Date.parse(own.creationDtm));
    expect(own.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  });
});
