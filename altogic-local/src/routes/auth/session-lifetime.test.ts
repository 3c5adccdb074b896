// Session lifetimes and the per-user cap, with an injected clock (S6, SEC-D4, SEC-D8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, verifiedUser, type TestServer } from '../../testing/harness.ts';

const DAY = 24 * 3600_000;

describe('session lifetimes', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ sessionIdleMs: 7 * DAY, sessionMaxAgeMs: 30 * DAY, maxSessionsPerUser: 5 });
  });
  afterAll(() => t.close());

  it('use within the idle timeout keeps a session alive; idleness past it ends it', async () => {
    const { client } = await verifiedUser(t);
    t.clock.advance(6 * DAY);
    expect((await client.auth.getUserFromDB()).errors).toBeNull();
    t.clock.advance(6 * DAY);
    expect((await client.auth.getUserFromDB()).errors).toBeNull();
    t.clock.advance(7 * DAY + 1000);
    const expired = await client.auth.getUserFromDB();
    expect(expired.errors).toMatchObject({ status: 401, items: [{ code: 'invalid_session_token' }] });
  });

  it('the absolute lifetime ends a session even when it is used daily', async () => {
    const { client } = await verifiedUser(t);
    for (let day = 0; day < 29; day += 1) {
      t.clock.advance(DAY);
      expect((await client.auth.getUserFromDB()).errors).toBeNull();
    }
    t.clock.advance(DAY + 1000);
    expect((await client.auth.getUserFromDB()).errors?.items[0]?.code).toBe('invalid_session_token');
  });

  it('keeps at most the configured number of sessions, dropping the least recently used', async () => {
    const { client, email } = await verifiedUser(t);
    const others = [];
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(1000);
      const other = t.client();
      await other.auth.signInWithEmail(email, PASSWORD);
      others.push(other);
    }
    expect((await client.auth.getUserFromDB()).errors?.items[0]?.code).toBe('invalid_session_token');
    expect((await others[4]!.auth.getAllSessions()).sessions).toHaveLength(5);
  });
});
