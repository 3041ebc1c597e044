import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** The polyfill's own test of whether the browser has its own `browser`, copied from it. */
const ownTest = 'globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id';

/**
 * Loads webextension-polyfill (via @wxt-dev/webextension-polyfill) as an ES module. Bundled as
 * CommonJS, its default export goes through the bundler's interop, which copies every property of the
 * exported object; where the browser has its own `browser` (Chrome does now, Firefox always did), the
 * polyfill exports that, and reading each property wakes every API namespace on every page the content
 * script runs on (docs/performance.md, "Polyfill as a module"). The polyfill's code sits in a function
 * called only where it is needed. The build fails if the polyfill's shape changes, rather than ship a
 * polyfill that exports nothing or decides differently.
 */
const plugin: Plugin = {
  name: 'polyfill-as-module',
  enforce: 'pre',
  load(id) {
    if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
    const umd = readFileSync(id, 'utf8');
    if (!umd.includes('typeof exports !== "undefined"')) this.error(`${id} is no longer the UMD build expected`);
    if (!umd.includes(ownTest)) this.error(`${id} no longer decides by \`${ownTest}\``);
    return [
      'const module = { exports: {} };',
      'const exports = module.exports;',
      `function runPolyfill() {\n${umd}\n}`,
      `if (globalThis.chrome?.runtime?.id && ${ownTest}) module.exports = globalThis.browser;`,
      'else runPolyfill();',
      'export default module.exports;',
    ].join('\n');
  },
};

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [plugin] }));
});
