// Faults at the storage boundary: a full disk, a corrupt or unreadable database file (R1, S14).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServerProcess } from '../process.ts';
import { startServer } from '../server.ts';
import { pngBytes, startTestServer, verifiedUser, type TestServer } from '../testing/harness.ts';
import { StartupError } from './database.ts';
import { reservePath } from './space-reserve.ts';

const API = '/_api/rest/v1';
const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'altogic-local-faults-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const WRITE = /^\s*(insert|update|delete|replace)\b/i;

/**
 * A disk that is full except for the server's space reserve: while `full` is set and the reserve file exists, every
 * write statement fails as SQLite fails on a full disk (SQLITE_FULL), and the reserve cannot be made again (ENOSPC).
 * Injected at the storage boundary: better-sqlite3's `prepare` and the file system.
 */
function fullDisk(dataDir: string) {
  const state = { full: false };
  const prepare = SQLite.prototype.prepare;
  vi.spyOn(SQLite.prototype, 'prepare').mockImplementation(function (this: SQLite.Database, source: string) {
    if (state.full && WRITE.test(source) && fs.existsSync(reservePath(dataDir))) {
      throw new SQLite.SqliteError('database or disk is full', 'SQLITE_FULL');
    }
    return prepare.call(this, source);
  } as typeof prepare);
  const writeFileSync = fs.writeFileSync;
  vi.spyOn(fs, 'writeFileSync').mockImplementation(function (file, ...rest) {
    if (state.full && file === reservePath(dataDir)) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    return writeFileSync(file, ...rest);
  } as typeof writeFileSync);
  return state;
}

async function health(t: TestServer): Promise<{ status: number; body: { status: string; checks?: Record<string, string> } }> {
  const response = await fetch(`${t.url}/_emulator/v1/health`);
  return { status: response.status, body: (await response.json()) as { status: string; checks?: Record<string, string> } };
}

describe('a full disk', () => {
  let t: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir();
    t = await startTestServer({ dataDir });
  });
  afterAll(() => t.close());
  afterEach(() => vi.restoreAllMocks());

  it('health says the database cannot write; deletes still work; uploads get 507; all recovers once there is room', async () => {
    const alice = await verifiedUser(t);
    const uploaded = await alice.client.storage.bucket('root').upload('big.png', new Blob([pngBytes(8, 8, 1024 * 1024)]));
    expect(uploaded.errors).toBeNull();
    expect(fs.existsSync(reservePath(dataDir))).toBe(true);
    expect(await health(t)).toMatchObject({ status: 200, body: { status: 'ok' } });

    const disk = fullDisk(dataDir);
    disk.full = true;
    expect(await health(t)).toMatchObject({ status: 503, body: { status: 'failing', checks: { write: 'failed' } } });

    const deleted = await alice.client.storage.bucket('root').file('big.png').delete();
    expect(deleted.errors).toBeNull();
    // the reserve gave the delete its room; it is not there for uploads
    const upload = await t.api(`${API}/storage/bucket/upload-object?bucket=root&fileName=x.png`, {
      method: 'POST',
      session: alice.token,
      headers: { 'content-type': 'image/png' },
      body: pngBytes(),
    });
    expect(upload.status).toBe(507);
    expect(await upload.json()).toMatchObject({ errors: [{ code: 'insufficient_storage', origin: 'server_error' }] });
    expect(await health(t)).toMatchObject({ status: 503, body: { checks: { space: 'low' } } });

    disk.full = false;
    expect(await health(t)).toMatchObject({ status: 200, body: { status: 'ok', checks: { read: 'ok', write: 'ok', space: 'ok' } } });
    expect(fs.existsSync(reservePath(dataDir))).toBe(true);
    expect((await alice.client.storage.bucket('root').upload('again.png', new Blob([pngBytes()]))).errors).toBeNull();
  });
});

describe('a corrupt database', () => {
  it('health reports it, where `select 1` still worked', async () => {
    const dataDir = tempDir();
    const t = await startTestServer({ dataDir });
    try {
      await verifiedUser(t);
      const db = t.server.store.db;
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      const { rows } = await sql<{ rootpage: number }>`select rootpage from sqlite_master where name = 'users'`.execute(db);
      const pageSize = Number((await sql<{ page_size: number }>`pragma page_size`.execute(db)).rows[0]!.page_size);
      const file = fs.openSync(path.join(dataDir, 'altogic-local.sqlite'), 'r+');
      fs.writeSync(file, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rows[0]!.rootpage - 1) * pageSize);
      fs.closeSync(file);
      await sql`pragma shrink_memory`.execute(db);
      expect(await health(t)).toMatchObject({ status: 503, body: { status: 'failing', checks: { read: 'failed' } } });
    } finally {
      await t.close();
    }
  });
});

describe('a database that cannot be opened', () => {
  it('a garbage database file is a clean start-up error, in-process and on the command line (one line, exit code 2)', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'altogic-local.sqlite'), 'not a database '.repeat(500));
    await expect(startServer({ port: 0, dataDir, log: false })).rejects.toBeInstanceOf(StartupError);
    const failed = await startServerProcess({ args: ['--port', '0', '--data-dir', dataDir] }).catch((error: Error) => error);
    if (!(failed instanceof Error)) await failed.stop();
    expect(failed).toBeInstanceOf(Error);
    const message = (failed as Error).message;
    expect(message).toContain('exited with code 2');
    expect(message).toMatch(/altogic-local: cannot open the database in .*: file is not a database/);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('a data dir where SQLite cannot create its journal (as in a read-only one) is a clean start-up error', async () => {
    const dataDir = tempDir();
    const seeded = await startServer({ port: 0, dataDir, log: false });
    await seeded.close();
    fs.mkdirSync(path.join(dataDir, 'altogic-local.sqlite-wal'));
    const failed = await startServerProcess({ args: ['--port', '0', '--data-dir', dataDir] }).catch((error: Error) => error);
    if (!(failed instanceof Error)) await failed.stop();
    expect(failed).toBeInstanceOf(Error);
    const message = (failed as Error).message;
    expect(message).toContain('exited with code 2');
    expect(message).toMatch(/altogic-local: cannot open the database in /);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('a corrupt table is found at start-up', async () => {
    const dataDir = tempDir();
    const seeded = await startServer({ port: 0, dataDir, log: false });
    const { rows } = await sql<{ rootpage: number }>`select rootpage from sqlite_master where name = 'files'`.execute(seeded.store.db);
    await seeded.close();
    const file = fs.openSync(path.join(dataDir, 'altogic-local.sqlite'), 'r+');
    fs.writeSync(file, Buffer.alloc(4096, 0x5a), 0, 4096, (rows[0]!.rootpage - 1) * 4096);
    fs.closeSync(file);
    await expect(startServer({ port: 0, dataDir, log: false })).rejects.toThrow(/cannot open the database in .*: .*(corrupt|malformed)/);
  });
});
