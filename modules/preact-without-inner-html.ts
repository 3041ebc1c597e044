import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/**
 * Preact sets `innerHTML` for `dangerouslySetInnerHTML`, which this extension never uses (oxlint's
 * react/no-danger forbids it). This takes that assignment out of Preact before bundling, so no path in
 * any of our bundles writes HTML from a value; and the build fails if Preact changes shape, rather than
 * quietly keeping it.
 */
const plugin: Plugin = {
  name: 'preact-without-inner-html',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/.test(id)) return null;
    const stripped = code.replace(/\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g, '(void 0)');
    if (stripped === code) this.error(`Preact's innerHTML assignment was not found in ${id}`);
    return { code: stripped, map: null };
  },
};

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({ plugins: [plugin] }));
});
