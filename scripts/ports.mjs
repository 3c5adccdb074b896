/**
 * The portal's five ports, and a check before anything starts: a port in use gets one clear line naming it and
 * what it is for, and a non-zero exit, instead of a part's EADDRINUSE stack trace (or a restart loop).
 */
import { createServer } from 'node:net';

/** What `npm start` (scripts/serve.mjs) listens on. */
export const PORTS = [
  { name: 'root-config', port: 9000, what: 'the portal' },
  { name: 'auth-mfe', port: 9001, what: 'auth-mfe' },
  { name: 'profile-mfe', port: 9002, what: 'profile-mfe' },
  { name: 'shared-auth', port: 9003, what: 'shared-auth' },
  { name: 'altogic-local', port: 4000, what: 'altogic-local, the API and mail outbox' },
];

/** The ports `npm start` with these altogic-local flags needs (its own --port, when given, is its business). */
export const portsFor = (backendArgs) => (backendArgs.includes('--port') ? PORTS.filter((entry) => entry.name !== 'altogic-local') : PORTS);

/** The port of one part. */
export const portOf = (name) => PORTS.find((entry) => entry.name === name).port;

/** Whether something listens on `port` already: binding it as the servers do (every interface) fails. */
function inUse(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(true) : reject(error)));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}

/** The ports of `ports` that are in use, in order. */
export async function busyPorts(ports) {
  const busy = [];
  for (const entry of ports) if (await inUse(entry.port)) busy.push(entry);
  return busy;
}

/** What to tell the user about busy ports. */
export function busyMessage(busy) {
  const lines = busy.map(({ port, what }) => `[portal] Port ${port} is in use (${what}).`);
  return [
    ...lines,
    `[portal] Stop what uses ${busy.length === 1 ? 'it' : 'them'} (another \`npm start\`? \`lsof -i :${busy[0].port}\` shows the process), then start again.`,
  ].join('\n');
}

/** Exits with code 1 and the message when any of `ports` is in use. */
export async function exitIfBusy(ports = PORTS) {
  const busy = await busyPorts(ports);
  if (busy.length === 0) return;
  console.error(busyMessage(busy));
  process.exit(1);
}
