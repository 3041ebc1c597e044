import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerClaimFinder } from '../lib/extension/parts';
import { claimFinder } from '../lib/claims/dom-tables';

// Loaded by the content script the first time a page may give a benchmark figure (see lib/claims/finder.ts).
export default defineUnlistedScript(() => registerClaimFinder(claimFinder));
