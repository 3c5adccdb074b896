import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';
import { loadCatalog } from 'portal-ui';
import { authCatalogs } from '../i18n/catalogs';

// The testing library cleans up by itself only with vitest globals on; we keep them off.
afterEach(cleanup);

// In the browser a screen renders once its catalog chunk has arrived; here both are there before any test.
await Promise.all([loadCatalog(authCatalogs, 'en'), loadCatalog(authCatalogs, 'de')]);
