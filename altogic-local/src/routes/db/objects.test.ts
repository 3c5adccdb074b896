// db.model("users").object(id): own record only, name and profilePicture only (S9), through the real client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes, startTestServer, verifiedUser, type TestServer } from '../../testing/harness.ts';

describe('users records', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('get returns the own public user', async () => {
    const { client, userId, email } = await verifiedUser(t, undefined, 'Reader');
    const { data, errors } = await client.db.model('users').object(userId).get();
    expect(errors).toBeNull();
    expect(data).toMatchObject({ _id: userId, email, name: 'Reader', emailVerified: true });
    // `hasPassword` (a boolean) may be there; no password or hash value ever is.
    const { hasPassword, ...rest } = data as Record<string, unknown>;
    expect(typeof hasPassword === 'boolean' || hasPassword === undefined).toBe(true);
    expect(JSON.stringify(rest)).not.toMatch(/password|hash/i);
  });

  it('update changes the name and returns the whole user, which the tutorial stores with setUser', async () => {
    const { client, userId, email } = await verifiedUser(t, undefined, 'Before');
    const { data, errors } = await client.db.model('users').object(userId).update({ name: '<img src=x onerror=alert(1)>' });
    expect(errors).toBeNull();
    expect(data).toMatchObject({ _id: userId, email, name: '<img src=x onerror=alert(1)>', provider: 'altogic' });
    expect((data as { signUpAt: string }).signUpAt).toBeTruthy();
    expect((await client.auth.getUserFromDB()).user?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('updateFields sets and unsets the allowed fields', async () => {
    const { client, userId } = await verifiedUser(t, undefined, 'Fields');
    const set = await client.db.model('users').object(userId).updateFields({ field: 'name', updateType: 'set', value: 'Renamed' });
    expect(set.errors).toBeNull();
    expect((set.data as { name: string }).name).toBe('Renamed');
    const unset = await client.db
      .model('users')
      .object(userId)
      .updateFields([{ field: 'name', updateType: 'unset' }]);
    expect(unset.errors).toBeNull();
    expect(unset.data).not.toHaveProperty('name');
    const inc = await client.db.model('users').object(userId).updateFields({ field: 'name', updateType: 'increment', value: 1 });
    expect(inc.errors?.items[0]?.code).toBe('validation_error');
  });

  it('protected fields are refused as a whole and never applied', async () => {
    const { client, userId, email } = await verifiedUser(t, undefined, 'Guarded');
    for (const values of [
      { email: 'evil@example.test' },
      { name: 'x', emailVerified: false },
      { password: 'hunter2hunter2' },
      { _id: 'other' },
    ]) {
      const { errors } = await client.db.model('users').object(userId).update(values);
      expect(errors).toMatchObject({ status: 400, items: [{ code: 'validation_error' }] });
    }
    const field = await client.db
      .model('users')
      .object(userId)
      .updateFields({ field: 'email', updateType: 'set', value: 'evil@example.test' });
    expect(field.errors?.status).toBe(400);
    expect((await client.auth.getUserFromDB()).user).toMatchObject({ email, name: 'Guarded', emailVerified: true });
  });

  it('another user’s record: 403 forbidden for reads and writes, nothing changes', async () => {
    const alice = await verifiedUser(t, undefined, 'Alice');
    const bob = await verifiedUser(t, undefined, 'Bob');
    const read = await alice.client.db.model('users').object(bob.userId).get();
    expect(read.errors).toMatchObject({ status: 403, items: [{ code: 'forbidden' }] });
    const write = await alice.client.db.model('users').object(bob.userId).update({ name: 'pwned' });
    expect(write.errors?.items[0]?.code).toBe('forbidden');
    const random = await alice.client.db.model('users').object('ffffffffffffffffffffffff').get();
    expect(random.errors).toEqual(read.errors);
    expect((await bob.client.auth.getUserFromDB()).user?.name).toBe('Bob');
  });

  it('unknown models answer model_not_found; create and delete on users are refused', async () => {
    const { client, userId } = await verifiedUser(t);
    expect((await client.db.model('sessions').object(userId).get()).errors?.items[0]?.code).toBe('model_not_found');
    expect((await client.db.model('users').object().create({ name: 'x' })).errors?.status).toBe(403);
    expect((await client.db.model('users').object(userId).delete()).errors?.status).toBe(403);
    expect((await client.auth.getUserFromDB()).errors).toBeNull();
  });

  it('without a session: missing_session_token', async () => {
    const { userId } = await verifiedUser(t);
    const { errors } = await t.client().db.model('users').object(userId).get();
    expect(errors).toMatchObject({ status: 401, items: [{ code: 'missing_session_token' }] });
  });

  it('profilePicture accepts only the caller’s own uploads on this server', async () => {
    const alice = await verifiedUser(t);
    const bob = await verifiedUser(t);
    const upload = await alice.client.storage.bucket('root').upload(`user_${alice.userId}`, new Blob([pngBytes()], { type: 'image/png' }));
    const publicPath = (upload.data as { publicPath: string }).publicPath;
    const own = await alice.client.db.model('users').object(alice.userId).update({ profilePicture: publicPath });
    expect(own.errors).toBeNull();
    expect((own.data as { profilePicture: string }).profilePicture).toBe(publicPath);
    for (const profilePicture of [
      'javascript:alert(1)',
      'https://evil.test/a.png',
      `${t.url}/_storage/../secret`,
      'data:image/svg+xml,<svg/>',
      // broken percent-escapes in a URL of this server: refused like any other, never a 500 (R4)
      `${t.url}/_storage/root/%E0%A4%A`,
      `${t.url}/_storage/%/${'a'.repeat(24)}`,
    ]) {
      expect((await bob.client.db.model('users').object(bob.userId).update({ profilePicture })).errors?.status).toBe(400);
    }
    const stolen = await bob.client.db.model('users').object(bob.userId).update({ profilePicture: publicPath });
    expect(stolen.errors?.items[0]?.code).toBe('validation_error');
    const cleared = await alice.client.db.model('users').object(alice.userId).update({ profilePicture: null });
    expect(cleared.data).not.toHaveProperty('profilePicture');
  });
});
