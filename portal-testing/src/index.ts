/**
 * portal-testing: Playwright fixtures and plain functions for testing apps built on the portal's auth screens
 * against altogic-local. `portal-testing/node` has the plain functions alone (no Playwright), `portal-testing/axe`
 * the accessibility check.
 */
export { test, expect, type NextMailOptions, type Outbox, type PortalFixtures, type PortalTestOptions } from './playwright/fixtures.js';
export { FIREFOX_ON_LINUX, SAFARI_ON_IPHONE, signInElsewhere, signInToProfile, signInWithForm } from './playwright/ui.js';
export { watchPage, type PageWatch } from './playwright/watch.js';
export * from './node/index.js';
