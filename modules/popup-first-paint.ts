import { execFileSync } from 'node:child_process';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const isPopupHtml = (file: string) => /[\\/]popup[\\/]index\.html$/.test(file);

/** The popup's first frame in each language (entrypoints/popup/first-paint.tsx, run under tsx). */
function renderFrames(): Record<string, string> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'entrypoints/popup/first-paint.tsx'], {
    encoding: 'utf8',
  });
  const frames = JSON.parse(out) as Record<string, string>;
  for (const [locale, frame] of Object.entries(frames)) {
    if (!frame.includes('<table')) throw new Error(`The popup’s prerendered ${locale} frame has no score table`);
  }
  if (!frames.en) throw new Error('The popup has no English first frame');
  return frames;
}

/** The frame in popup.html, between markers, so a copy can swap it for another language's. */
const FRAME = /<!--frame-->[\s\S]*<!--\/frame-->/;
const framed = (frame: string) => `<!--frame-->${frame}<!--/frame-->`;

/**
 * Puts the popup's first frame into popup.html as HTML, so it is on screen before any script has
 * loaded; the script then renders the same frame over it. popup.html holds the English frame, and a copy
 * per language (popup-de.html, …) holds that language's: the background points the toolbar button at the
 * reader's (lib/extension/background.ts), since a popup's HTML cannot know the language before a script runs.
 */
function prerender(copies: Map<string, string>): Plugin {
  let frames: Record<string, string> = {};
  return {
    name: 'popup-prerender',
    // After Vite's own HTML step has written popup.html, so the copies carry its final script tags.
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!isPopupHtml(ctx.filename)) return html;
        frames = renderFrames();
        return html.replace('<div id="app"></div>', `<div id="app">${framed(frames.en!)}</div>`);
      },
    },
    generateBundle(_, bundle) {
      // Vite names it by its source path; WXT moves it to popup.html afterwards.
      const popup = Object.values(bundle).find((file) => isPopupHtml(file.fileName));
      if (popup?.type !== 'asset') return;
      const html = String(popup.source);
      if (!FRAME.test(html)) throw new Error('popup.html has no prerendered frame to replace');
      for (const [locale, frame] of Object.entries(frames)) {
        if (locale === 'en') continue;
        const source = html
          .replace(FRAME, () => framed(frame))
          .replace('<html lang="en">', `<html lang="${locale.replace('_', '-')}">`);
        copies.set(`popup-${locale}.html`, source);
      }
    },
  };
}

/** The files of a build, as Vite hands them to an HTML step. */
type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/**
 * A step on the built popup.html alone, once Vite has written its final tags. In dev mode WXT serves the
 * page from its dev server, with no bundle to take files from, and the steps are left out.
 */
function builtPopupStep(name: string, transform: (html: string, bundle: Bundle) => string): Plugin {
  return {
    name,
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.bundle && isPopupHtml(ctx.filename) ? transform(html, ctx.bundle) : html),
    },
  };
}

/**
 * Puts the popup's stylesheet into popup.html: a linked stylesheet holds the first paint until it has
 * been fetched; inline, the prerendered frame paints as soon as the HTML is parsed. Extension pages allow
 * inline styles (their default CSP restricts scripts only).
 */
const inlineCss = builtPopupStep('popup-inline-css', (html, bundle) => {
  const inlined = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_link, file: string) => {
    const asset = bundle[file];
    if (asset?.type !== 'asset') throw new Error(`The popup's stylesheet ${file} is not in the bundle`);
    // The file stays in the bundle: the extension's other pages link the styles they share with the popup.
    return `<style>${String(asset.source)}</style>`;
  });
  if (inlined === html) throw new Error('The popup has no linked stylesheet to inline');
  return inlined;
});

/**
 * Swaps the popup's module script for its loader (entrypoints/popup-start.ts), which adds that script once
 * the first frame is painted: in the toolbar's bubble, the module script ran before the first paint and
 * held it (docs/performance.md, "The popup").
 */
const moduleAfterFirstFrame = builtPopupStep('popup-module-after-first-frame', (html) => {
  const loaded = html.replace(
    /<script type="module" crossorigin src="(\/[^"]+\.js)"><\/script>/,
    (_tag, src: string) => `<script defer src="/popup-start.js" data-module="${src}"></script>`,
  );
  if (loaded === html) throw new Error('The popup has no module script to load after its first frame');
  return loaded;
});

/** The popup's first frame paints from popup.html alone (docs/performance.md, "The popup"). */
export default defineWxtModule((wxt) => {
  const copies = new Map<string, string>();
  addViteConfig(wxt, ({ command }) => ({
    plugins: command === 'build' ? [prerender(copies), inlineCss, moduleAfterFirstFrame] : [prerender(copies)],
  }));
  // Written beside the built files once every entry point is built: WXT moves each HTML file Vite writes
  // to its entry point's place, and these copies belong to no entry point of their own.
  wxt.hooks.hook('build:publicAssets', (_, assets) => {
    for (const [relativeDest, contents] of copies) assets.push({ relativeDest, contents });
  });
});
