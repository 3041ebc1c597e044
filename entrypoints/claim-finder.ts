import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerClaimFinder } from '../lib/claim-finder';
import { claimFinder } from '../lib/claim-tables';

// Loaded by the content script the first time a page may give a benchmark figure (see lib/claim-finder.ts).
export default defineUnlistedScript(() => registerClaimFinder(claimFinder));
