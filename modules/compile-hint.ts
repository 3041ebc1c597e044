import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** The content script's work, imported as a module as it starts (lib/extension/parts.ts). */
const contentSession = 'content-session.js';
/** V8's compile hint for a whole file: every function in it is called as it loads (Chrome 136 on). */
const compileHint = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts V8's compile hint on `content-session.js`, so its functions are compiled off the page's main
 * thread with the module instead of on it, one by one, as each is first called (docs/performance.md,
 * "Compile hint"). Firefox reads the hint as a comment. Added after minifying, which would drop it; the
 * build fails if the file comes out without it.
 */
export default defineWxtModule((wxt) => {
  const plugin: Plugin = {
    name: 'compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle[contentSession];
      if (chunk?.type === 'chunk') chunk.code = `${compileHint}${chunk.code}`;
    },
  };
  addViteConfig(wxt, () => ({ plugins: [plugin] }));
  wxt.hook('build:done', (built) => {
    if (!readFileSync(join(built.config.outDir, contentSession), 'utf8').startsWith(compileHint))
      throw new Error(`${contentSession} was built without its compile hint (modules/compile-hint.ts)`);
  });
});
