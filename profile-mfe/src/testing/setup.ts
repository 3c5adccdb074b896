import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';
import { loadCatalog } from 'portal-ui';
import { profileCatalogs } from '../i18n/catalogs';

// jsdom has no object URLs; the avatar preview needs them.
let next = 0;
URL.createObjectURL ??= () => `blob:preview-${++next}`;
URL.revokeObjectURL ??= () => undefined;

afterEach(cleanup);

// In the browser the profile renders once its catalog chunk has arrived; here both are there before any test.
await Promise.all([loadCatalog(profileCatalogs, 'en'), loadCatalog(profileCatalogs, 'de')]);
