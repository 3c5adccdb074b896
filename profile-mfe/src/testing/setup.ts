import { afterEach, vi } from 'vitest';
import { cleanup } from '@solidjs/testing-library';
import { loadCatalog, portalUiCss } from 'portal-ui';
import { profileCatalogs } from '../i18n/catalogs';

// jsdom has no object URLs; the avatar preview needs them.
let next = 0;
URL.createObjectURL ??= () => `blob:preview-${++next}`;
URL.revokeObjectURL ??= () => undefined;

afterEach(cleanup);

// In the browser the profile renders once its catalog chunk has arrived; here both are there before any test.
await Promise.all([loadCatalog(profileCatalogs, 'en'), loadCatalog(profileCatalogs, 'de')]);

// So is portal-ui's sheet, which a page without the portal's shell (jsdom here, like a host page) fetches once.
const sheet = portalUiCss();
await vi.waitUntil(() => sheet() !== undefined);
