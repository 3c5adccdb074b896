import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';

// The testing library cleans up by itself only with vitest globals on; we keep them off.
afterEach(cleanup);
