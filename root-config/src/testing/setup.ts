import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';
import { loadCatalog } from 'portal-ui';
import { shellCatalogs } from '../i18n/catalogs';

// The testing library cleans up by itself only with vitest globals on; we keep them off.
afterEach(cleanup);

// In the browser the shell renders once its catalog chunk has arrived; here both are there before any test.
await Promise.all([loadCatalog(shellCatalogs, 'en'), loadCatalog(shellCatalogs, 'de')]);
