/** shared-auth's test double, signed in as testUser (the profile is only ever shown signed in). */
export { createFakeSharedAuth, deferred, failed, ok, session, testUser, type FakeSharedAuth } from 'portal-contract/testing';
