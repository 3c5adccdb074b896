/**
 * Starts two real altogic-local servers for the suite (email verification on and off), each on a free port with
 * a temporary data directory and rate limits off, and hands their URLs to the tests.
 * Runs in Node, outside the tests' jsdom.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** The part of altogic-local's programmatic API used here (its `startServer` and `RunningServer`). */
interface RunningServer {
  url: string;
  close(): Promise<void>;
}
interface AltogicLocal {
  startServer(config: {
    port: number;
    host: string;
    dataDir: string;
    emailVerification: boolean;
    rateLimits: boolean;
    allowedOrigins: string[];
    log: boolean;
    passwordHashing: { N: number; r: number; p: number };
  }): Promise<RunningServer>;
}

// Imported by a non-literal specifier so that this package's tsc does not type-check altogic-local's sources
// (they import with `.ts` extensions, which only altogic-local's own tsconfig allows). Vite resolves it at run time.
const ALTOGIC_LOCAL = 'altogic-local';

/** jsdom's default page origin: the client's XHR uploads are CORS requests from it. */
export const JSDOM_ORIGIN = 'http://localhost:3000';

declare module 'vitest' {
  export interface ProvidedContext {
    altogic: { verificationOn: string; verificationOff: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { startServer } = (await import(/* @vite-ignore */ ALTOGIC_LOCAL)) as AltogicLocal;
  const dataRoot = await mkdtemp(join(tmpdir(), 'shared-auth-tests-'));
  const start = async (name: string, emailVerification: boolean): Promise<RunningServer> =>
    startServer({
      port: 0,
      host: 'localhost',
      dataDir: join(dataRoot, name),
      emailVerification,
      rateLimits: false,
      allowedOrigins: [JSDOM_ORIGIN],
      log: false,
      // Cheap hashing: the suite signs in many times (altogic-local tests its production parameters itself).
      passwordHashing: { N: 1024, r: 8, p: 1 },
    });
  const servers = await Promise.all([start('verification-on', true), start('verification-off', false)]);
  const [on, off] = servers as [RunningServer, RunningServer];
  project.provide('altogic', { verificationOn: on.url, verificationOff: off.url });
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    await rm(dataRoot, { recursive: true, force: true });
  };
}
