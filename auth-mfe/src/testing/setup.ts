import { afterEach, vi } from 'vitest';
import { cleanup } from '@solidjs/testing-library';
import { loadCatalog, portalUiCss } from 'portal-ui';
import { authCatalogs } from '../i18n/catalogs';

// The testing library cleans up by itself only with vitest globals on; we keep them off.
afterEach(cleanup);

// In the browser a screen renders once its catalog chunk has arrived; here both are there before any test.
await Promise.all([loadCatalog(authCatalogs, 'en'), loadCatalog(authCatalogs, 'de')]);

// So is portal-ui's sheet, which a page without the portal's shell (jsdom here, like a host page) fetches once.
const sheet = portalUiCss();
await vi.waitUntil(() => sheet() !== undefined);
