#!/usr/bin/env node
/**
 * The ceiling of "get the signed-in user" on this machine: bare Fastify (no plugins, no hooks, no logging) and
 * better-sqlite3 prepared statements, the same two lookups altogic-local makes (the session by the SHA-256 of
 * the Session header's token, then its user) and a JSON answer of the same shape. What altogic-local's
 * get-user can approach: everything it adds (CORS, client key check, security headers, query building,
 * session lifetimes) costs something on top of this.
 * Usage: node bench/ceiling/server.mjs --port 4400 --data-dir DIR [--token T] (the signed-in user's token).
 */
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const { values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, token: { type: 'string' } } });
const db = new Database(join(values['data-dir'] ?? '.', 'ceiling.sqlite'));
db.pragma('journal_mode = WAL');
db.exec(`
  CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT UNIQUE NOT NULL, name TEXT, created_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, token_hash TEXT UNIQUE NOT NULL, created_at INTEGER NOT NULL);
`);
const hash = (token) => createHash('sha256').update(token).digest('hex');
const token = values.token ?? randomBytes(32).toString('base64url');
const userId = randomBytes(12).toString('hex');
db.prepare('INSERT INTO users VALUES (?, ?, ?, ?)').run(userId, `ceiling-${userId}@example.com`, 'Ceiling', Date.now());
db.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?)').run(randomBytes(12).toString('hex'), userId, hash(token), Date.now());

const sessionByHash = db.prepare('SELECT * FROM sessions WHERE token_hash = ?');
const userById = db.prepare('SELECT * FROM users WHERE id = ?');

const app = Fastify({ logger: false });
app.get('/_api/rest/v1/auth/user', async (request, reply) => {
  const header = request.headers['session'];
  const session = typeof header === 'string' ? sessionByHash.get(hash(header)) : undefined;
  const user = session ? userById.get(session.user_id) : undefined;
  if (!user) return reply.code(401).send({ errors: [{ code: 'invalid_session_token' }] });
  return { _id: user.id, email: user.email, name: user.name, createdAt: new Date(user.created_at).toISOString() };
});
app.get('/health', async () => 'ok');
await app.listen({ port: Number(values.port ?? 4400), host: 'localhost' });
console.log(`ceiling server on port ${values.port ?? 4400}`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
