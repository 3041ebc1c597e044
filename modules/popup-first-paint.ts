import { execFileSync } from 'node:child_process';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const isPopupHtml = (file: string) => /[\\/]popup[\\/]index\.html$/.test(file);

/**
 * Puts the popup's first frame into popup.html as HTML, so it is on screen before any script has
 * loaded; the script then renders the same frame over it. The frame comes from
 * entrypoints/popup/first-paint.tsx, run under tsx.
 */
const prerender: Plugin = {
  name: 'popup-prerender',
  transformIndexHtml: {
    order: 'pre',
    handler(html, ctx) {
      if (!isPopupHtml(ctx.filename)) return html;
      const frame = execFileSync(process.execPath, ['--import', 'tsx', 'entrypoints/popup/first-paint.tsx'], {
        encoding: 'utf8',
      });
      if (!frame.includes('<table')) throw new Error('The popup’s prerendered frame has no score table');
      return html.replace('<div id="app"></div>', `<div id="app">${frame}</div>`);
    },
  },
};

/**
 * Puts the popup's stylesheet into popup.html: a linked stylesheet holds the first paint until it has
 * been fetched; inline, the prerendered frame paints as soon as the HTML is parsed. Extension pages allow
 * inline styles (their default CSP restricts scripts only). In dev mode WXT serves the CSS from its dev
 * server, so there is no linked file to inline.
 */
const inlineCss: Plugin = {
  name: 'popup-inline-css',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      if (!ctx.bundle || !isPopupHtml(ctx.filename)) return html;
      const bundle = ctx.bundle;
      const inlined = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_link, file: string) => {
        const asset = bundle[file];
        if (asset?.type !== 'asset') throw new Error(`The popup's stylesheet ${file} is not in the bundle`);
        // The file stays in the bundle: the extension's other pages link the styles they share with the popup.
        return `<style>${String(asset.source)}</style>`;
      });
      if (inlined === html) throw new Error('The popup has no linked stylesheet to inline');
      return inlined;
    },
  },
};

/** The popup's first frame paints from popup.html alone (docs/performance.md, "Popup first paint"). */
export default defineWxtModule((wxt) => {
  addViteConfig(wxt, ({ command }) => ({ plugins: command === 'build' ? [prerender, inlineCss] : [prerender] }));
});
