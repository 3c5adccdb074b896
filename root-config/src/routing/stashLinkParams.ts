/**
 * The entry's first import, so that it runs before any other code of the page (imported modules run in order):
 * an emailed link's token leaves the address bar before a single remote is fetched (see shared-auth's linkParams).
 */
import { stashLinkParams } from 'portal-contract';

stashLinkParams();
