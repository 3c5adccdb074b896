/** A real altogic-local on a free port, and a tiny portal origin serving its portal.config.json. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer, type RunningServer } from 'altogic-local';

export interface TestBackend {
  backend: RunningServer;
  /** A portal origin that serves only /portal.config.json pointing at the backend. */
  portalUrl: string;
  close(): Promise<void>;
}

export async function startTestBackend(): Promise<TestBackend> {
  const backend = await startServer({
    port: 0,
    dataDir: ':memory:',
    rateLimits: false,
    log: false,
    passwordHashing: { N: 1024, r: 8, p: 1 },
  });
  const config = JSON.stringify({ altogic: { envUrl: backend.url, clientKey: 'kit-test-key' }, remotes: {} });
  const portal: Server = createServer((request, response) => {
    if (request.url !== '/portal.config.json') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(config);
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  return {
    backend,
    portalUrl: `http://127.0.0.1:${(portal.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise((resolve) => portal.close(resolve));
      await backend.close();
    },
  };
}
