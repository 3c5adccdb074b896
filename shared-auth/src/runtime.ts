/**
 * The federated entry (exposed as `shared-auth/runtime`). Evaluated once per page: a second evaluation
 * (a second copy loaded by mistake) reuses the first instance and says so loudly.
 */
import type { SharedAuth } from 'portal-contract';
import { createSharedAuth } from './createSharedAuth';

const KEY = Symbol.for('shared-auth');
const registry = globalThis as typeof globalThis & { [KEY]?: SharedAuth };

if (registry[KEY]) {
  console.warn('[shared-auth] loaded twice on this page: reusing the first instance. Check the federation config.');
}

export const sharedAuth: SharedAuth = (registry[KEY] ??= createSharedAuth());
