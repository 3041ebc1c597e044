import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { matcherParts } from './lib/text/matcher';
import { termCatalogue } from './lib/text/terms';

/**
 * Preact sets `innerHTML` for `dangerouslySetInnerHTML`, which this extension never uses (oxlint's
 * react/no-danger forbids it). This takes that assignment out of Preact before bundling, so no
 * path in any of our bundles writes HTML from a value; and the build fails if Preact changes
 * shape, rather than quietly keeping it.
 */
function withoutPreactInnerHtml(): Plugin {
  return {
    name: 'without-preact-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/.test(id)) return null;
      const stripped = code.replace(/\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g, '(void 0)');
      if (stripped === code) this.error(`Preact's innerHTML assignment was not found in ${id}`);
      return { code: stripped, map: null };
    },
  };
}

/**
 * Loads webextension-polyfill as an ES module. Bundled as CommonJS, its default export goes through
 * the bundler's interop, which copies every property of the exported object; where the browser has
 * its own `browser` (Chrome does now, Firefox always did), the polyfill exports that, and reading
 * each property's descriptor wakes every API namespace: about 4 ms on every page the content script
 * runs on. As an ES module nothing is copied.
 */
function polyfillAsEsModule(): Plugin {
  return {
    name: 'polyfill-as-es-module',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
      const umd = readFileSync(id, 'utf8');
      // The UMD wrapper calls its factory with `module` when `exports` is defined; if that changes,
      // fail the build rather than ship a polyfill that exports nothing.
      if (!umd.includes('typeof exports !== "undefined"')) this.error(`${id} is no longer the UMD build expected`);
      // Where the browser has its own `browser`, the polyfill only hands it back; so its code sits in a
      // function called only where it is needed, which V8 pre-parses instead of compiling on every
      // page the content script runs on. The test is the polyfill's own, copied from it, and the build
      // fails if the polyfill stops making it, rather than let the two drift apart.
      const ownTest = 'globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id';
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
}

/**
 * Puts the popup's first frame (briefing, score table, key points) into popup.html as HTML, so it
 * is on screen before any script has loaded; the script then renders the same frame over it.
 * The frame comes from entrypoints/popup/first-paint.tsx, run under tsx.
 */
function prerenderPopup(): Plugin {
  return {
    name: 'prerender-popup',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!/[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
        const frame = execFileSync(process.execPath, ['--import', 'tsx', 'entrypoints/popup/first-paint.tsx'], {
          encoding: 'utf8',
        });
        if (!frame.includes('<table')) throw new Error('The popup’s prerendered frame has no score table');
        return html.replace('<div id="app"></div>', `<div id="app">${frame}</div>`);
      },
    },
  };
}

/**
 * Puts the popup's stylesheet into popup.html. A linked stylesheet holds the first paint until it
 * has been fetched; inline, the prerendered frame paints as soon as the HTML is parsed (median first
 * paint 176 -> 156 ms over 15 opens in this machine's Chromium). Extension pages allow inline styles
 * (their default CSP restricts scripts only).
 */
function inlinePopupCss(): Plugin {
  return {
    name: 'inline-popup-css',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
        const bundle = ctx.bundle;
        const inlined = html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (_link, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') throw new Error(`The popup's stylesheet ${file} is not in the bundle`);
            delete bundle[file];
            return `<style>${String(asset.source)}</style>`;
          },
        );
        if (inlined === html) throw new Error('The popup has no linked stylesheet to inline');
        return inlined;
      },
    },
  };
}

/**
 * Tells V8 that every function in the content script's work (`content-session.js`, lib/extension/parts.ts)
 * is called as it starts, with the comment that is V8's compile hint for a whole file (Chrome 136 on;
 * Firefox reads it as a comment). Imported as a module, the file is compiled off the page's main
 * thread, and with the hint its functions are compiled there too; without it each is compiled on the
 * main thread the first time it is called, 37 of them in the first read alone (2.3-3.6 ms of a 5-8 ms
 * task on the live blog, traced). Added after minifying, which would drop it; the build fails if the
 * file comes out without it (the `build:done` hook below).
 */
function compileContentSessionEagerly(): Plugin {
  return {
    name: 'compile-content-session-eagerly',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle[contentSession];
      if (chunk?.type === 'chunk') chunk.code = `${compileHint}${chunk.code}`;
    },
  };
}

const contentSession = 'content-session.js';
const compileHint = '//# allFunctionsCalledOnLoad\n';

/**
 * The marks' rules (lib/marker/highlight.css) in Chromium's build, injected by the manifest into every frame
 * the content script runs in, before the page is styled. Its rules sit on the root, which every
 * element inherits highlight styles from, so they cost a page nothing to style; a sheet adopted
 * once marks appeared restyled the whole page (on a 20,000-paragraph page, the page's own style
 * work with marks: 669-1,013 ms with that sheet, 656-704 ms with root rules adopted, 319 ms this
 * way, 326 ms with no extension; medians of 3 loads). Firefox does not inherit highlight styles, so its
 * content script adopts its own sheet instead (lib/marker/highlighter.ts).
 */
const marksCss = 'content-scripts/marks.css';

/**
 * Scripts the content script imports (lib/extension/lazy-part.ts): its work as it starts, the rest the first
 * time a page needs them.
 */
const lazyParts = [contentSession, 'card-view.js', 'claim-finder.js'];

/** Ordinary web pages only; every frame, so same-origin article iframes are marked too. */
const contentScriptFrames = { matches: ['http://*/*', 'https://*/*'], all_frames: true };

// Explicit imports everywhere (`imports: false`): a reader and `vi.mock` both see where names come from.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: ({ command }) => ({
    plugins: [
      polyfillAsEsModule(),
      withoutPreactInnerHtml(),
      preact(),
      prerenderPopup(),
      // `wxt` (dev) serves the popup's CSS from its dev server, so there is no linked file to inline.
      command === 'build' && inlinePopupCss(),
      compileContentSessionEagerly(),
    ],
    // Extension pages support modulepreload natively; Vite's polyfill for it is a fetch() we do not need.
    build: { modulePreload: { polyfill: false } },
    // The matcher's regex, worked out here once instead of on every page the content script runs on.
    define: { BUILT_MATCHER_PARTS: JSON.stringify(matcherParts(termCatalogue)) },
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({ relativeDest: marksCss, contents: readFileSync('lib/marker/highlight.css', 'utf8') });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script is two small scripts of ours, in the same frames: the early start at
      // document_start (entrypoints/early.ts), and the start of its work once the page is parsed
      // (entrypoints/content-start.ts). Declared here, not as a WXT content-script entry, they stay in
      // the manifest in WXT's dev mode too (it registers its own entries at run time, without our CSS).
      if (manifest.content_scripts?.length) throw new Error('Content scripts are declared in wxt.config.ts only');
      manifest.content_scripts = [
        { ...contentScriptFrames, run_at: 'document_start', js: ['early.js'] },
        {
          ...contentScriptFrames,
          run_at: 'document_idle',
          js: ['content-start.js'],
          ...(wxt.config.browser === 'firefox' ? {} : { css: [marksCss] }),
        },
      ];
    },
    'build:done': (wxt) => {
      if (!readFileSync(join(wxt.config.outDir, contentSession), 'utf8').startsWith(compileHint))
        throw new Error(`${contentSession} was built without its compile hint (compileContentSessionEagerly)`);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Muse Spark Context',
    description:
      "Marks mentions of Meta's Muse Spark and its launch benchmarks on news pages, with the launch figures on hover. Works offline; collects nothing.",
    // Only what the features need: settings in storage, and the content script's own host access.
    permissions: ['storage'],
    action: { default_title: 'Muse Spark Context' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Go to the next mention on the page and open its card',
      },
    },
    // The content script's work, the card's view and the claim check are imported by the content
    // script (lib/extension/lazy-part.ts), which may only import extension files listed here. They hold code and
    // public data only.
    web_accessible_resources:
      browser === 'firefox' ? (lazyParts as never) : [{ resources: lazyParts, matches: contentScriptFrames.matches }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'muse-spark-context@example.org',
              // 140 is the first Firefox ESR with the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 134 is the first Chrome whose highlights inherit their styles, which the marks rely on.
        { minimum_chrome_version: '134' }),
  }),
});
