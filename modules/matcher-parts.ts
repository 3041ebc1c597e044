import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { matcherParts } from '../lib/text/matcher';
import { anySpellingPattern } from '../lib/text/spellings';
import { termCatalogue } from '../lib/text/terms';

/**
 * The matcher's regex, worked out once at build time instead of on every page the content script runs
 * on (lib/marker/page-marker.ts reads it as BUILT_MATCHER_PARTS, and works it out itself without it,
 * as in unit tests), and the quick look's pattern of every spelling (BUILT_ANY_SPELLING).
 */
export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({
    define: {
      BUILT_MATCHER_PARTS: JSON.stringify(matcherParts(termCatalogue)),
      // The content script's quick look at a page (lib/extension/quick-look.ts).
      BUILT_ANY_SPELLING: JSON.stringify(anySpellingPattern(termCatalogue)),
    },
  }));
});
