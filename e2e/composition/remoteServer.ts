import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM script without types; its API is createStaticServer({ dir, corsOrigins })
import { createStaticServer } from '../../scripts/static-server.mjs';

/** Serves one part's build (its dist/, or another folder) on another port, as a second deployment of it would be. */
export async function serveDist(part: string, port: number, dir = fileURLToPath(new URL(`../../${part}/dist`, import.meta.url))) {
  const server: Server = createStaticServer({ dir, corsOrigins: ['http://localhost:9000'] });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return {
    url: `http://localhost:${port}/remoteEntry.js`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
