import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PortalConfig } from 'portal-contract';

/**
 * The test environment's own portal.config.json, as a developer's would be: the shipped one has developer overrides
 * off, and the specs that deploy a second build of a part (ports 9101–9105) need its origin in the config, which is
 * also what the static server's Content-Security-Policy is built from.
 */
export const TEST_ORIGINS = [9101, 9102, 9103, 9104, 9105].map((port) => `http://localhost:${port}`);

export default function enableTestOrigins(): void {
  const file = fileURLToPath(new URL('../root-config/dist/portal.config.json', import.meta.url));
  const config = JSON.parse(readFileSync(file, 'utf8')) as PortalConfig;
  writeFileSync(file, `${JSON.stringify({ ...config, overrides: { enabled: true, allowedOrigins: TEST_ORIGINS } }, null, 2)}\n`);
}
