import { readFileSync } from 'node:fs';
import { defineWxtModule } from 'wxt/modules';

/**
 * The content script's manifest entries, written here rather than as WXT content-script entrypoints so
 * they stay in the manifest in WXT's dev mode too (it registers its own entries at run time, without
 * our CSS). One small script runs in every frame of ordinary web pages once it is parsed: a quick look
 * that starts the work only where the frame needs it (entrypoints/content-start.ts). The parts the work
 * imports are web-accessible (lib/extension/parts.ts).
 */

/** Ordinary web pages only; every frame, so same-origin article iframes are marked too. */
const frames = { matches: ['http://*/*', 'https://*/*'], all_frames: true };

/** The scripts the content script imports as modules: its work as it starts, the rest on first need. */
const lazyParts = ['content-session.js', 'card-view.js', 'claim-finder.js'];

/**
 * The marks' rules (lib/marker/highlight.css) in Chromium's build, injected by the manifest before
 * the page is styled. They sit on the root, which every element inherits highlight styles from, so
 * they cost a page nothing to style (docs/performance.md, "Mark styles from the manifest"). Firefox
 * does not inherit highlight styles, so its content script adopts its own sheet once marks show.
 */
const marksCss = 'content-scripts/marks.css';

export default defineWxtModule((wxt) => {
  const chromium = () => wxt.config.browser !== 'firefox';
  wxt.hook('build:publicAssets', (_wxt, files) => {
    if (chromium()) files.push({ relativeDest: marksCss, contents: readFileSync('lib/marker/highlight.css', 'utf8') });
  });
  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    if (manifest.content_scripts?.length)
      throw new Error('Content scripts are declared in modules/content-scripts.ts only');
    manifest.content_scripts = [
      { ...frames, run_at: 'document_idle', js: ['content-start.js'], ...(chromium() ? { css: [marksCss] } : {}) },
    ];
    // Module imports of extension files need them listed; they hold code and public data only.
    manifest.web_accessible_resources = chromium()
      ? [{ resources: lazyParts, matches: frames.matches }]
      : (lazyParts as never);
  });
});
