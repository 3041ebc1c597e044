import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtManifest, chromeBuild, firefoxBuild, type BuiltManifest } from '../harness/browsers';
import { startChromium, startFirefox, type E2EBrowser, type E2EPage } from '../harness/drivers';
import type { FixtureServer } from '../harness/server';
import { useE2ESession } from '../harness/session';
import { highlightSizes, waitForMarkCounts, NEWS_ARTICLE_MARKS, textBox } from '../harness/page-probes';
import { waitForCard } from '../harness/card-probes';
import { clickControl, openPopupFor } from '../harness/popup';
import { waitFor } from '../harness/wait';
import { highlightName, markKinds } from '../../lib/marker/highlighter';

/**
 * Requests that leave the machine: anything on the network that is not the local fixture server.
 * Entries are URLs, "METHOD url" lines or "CONNECT host:port" lines (from the recording proxy).
 */
const offMachine = (entries: string[]) =>
  entries.filter((entry) => {
    const target = entry.replace(/^[A-Z]+ /, '');
    if (/^(https?|wss?):/.test(target)) return new URL(target).hostname !== '127.0.0.1';
    if (entry.startsWith('CONNECT ')) return !target.startsWith('127.0.0.1:');
    return false;
  });

/** Firefox through a recording proxy, so its add-on's background traffic is seen too. */
const privacyBrowsers = [
  ['chromium', () => startChromium()],
  ['firefox', () => startFirefox({ recordNetwork: true })],
] as const;

/** The manifest's entry for the content script proper (the early start has its own). */
const contentEntry = (manifest: BuiltManifest) =>
  manifest.content_scripts.find((c) => c.js.includes('content-start.js'))!;

describe.each(privacyBrowsers)('%s: privacy', (_name, start) => {
  const session = useE2ESession(start);
  let browser: E2EBrowser;
  let server: FixtureServer;
  beforeAll(() => ({ browser, server } = session));

  it('a whole session (marks, a card, the popup, a jump, a setting) requests nothing off 127.0.0.1', async () => {
    const network = browser.network;
    expect(network, 'this launch records the extension contexts’ requests').not.toBeNull();
    // The recorder sees an extension context's own requests: one made on purpose, to our server.
    const ping = server.url('ping-from-the-extension');
    await network!.probe(ping);
    const seen = await waitFor(
      () => Promise.resolve(network!.requests.some((r) => r.includes(ping))),
      (yes) => yes,
    );
    expect(seen).toBe(true);
    network!.requests.length = 0;
    const tabs: E2EPage[] = [];
    const article = await browser.newPage();
    tabs.push(article);
    await article.goto(server.url('news-article.html'));
    await waitForMarkCounts(article, NEWS_ARTICLE_MARKS);
    const box = await article.evaluate(textBox, { selector: '#health', text: 'HealthBench Hard' });
    await article.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await waitForCard(article, 'open')).not.toBeNull();
    await article.press('Escape');

    const popup = await openPopupFor(browser, '127.0.0.1');
    tabs.push(popup);
    await waitFor(
      () => popup.evaluate(() => document.querySelectorAll('button.mention').length),
      (n) => n > 0,
    );
    await popup.evaluate(() => {
      const button = [...document.querySelectorAll('button.mention')].find((b) => b.textContent?.includes('GPT'));
      (button as HTMLButtonElement).click();
    });
    await article.bringToFront();
    expect(await waitForCard(article, (s) => s.title === 'GPT 5.4')).not.toBeNull();
    // A setting, from the settings page.
    const options = await browser.openExtensionPage('options.html');
    tabs.push(options);
    await options.evaluate(clickControl, 'Key terms');
    await waitFor(
      () => article.evaluate(highlightSizes),
      (s) => s.keyterm === undefined,
    );

    const all = [...tabs.flatMap((t) => t.requests), ...network!.requests];
    expect(all.length, 'the recorder saw the session').toBeGreaterThan(2);
    expect(offMachine(all)).toEqual([]);
    for (const t of tabs) await t.close();
  });
});

/** Every built script of both browsers' builds. */
function builtScripts(): { file: string; code: string }[] {
  return [chromeBuild, firefoxBuild].flatMap((dir) =>
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ file: relative(join(dir, '..'), join(dir, f)), code: readFileSync(join(dir, f), 'utf8') })),
  );
}

// URLs that appear in the bundles without ever being requested: XML namespace names (DOM
// identifiers), the content script's match patterns, and WXT's links in its error messages.
const INERT_URLS = new Set([
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://*/*',
  'https://*/*',
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://wxt.dev/guide/go-further/testing.html',
]);

describe('the built extension, read as code', () => {
  it('has no way to reach the network: no network API, no remote URL, no eval', () => {
    const scripts = builtScripts();
    expect(scripts.length).toBeGreaterThanOrEqual(8);
    for (const { file, code } of scripts) {
      const apis = code.match(
        /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|eval)\s*\(|new\s+(?:Function|Worker|WebSocket|EventSource)\b/g,
      );
      expect(apis, file).toBeNull();
      const urls = [...new Set(code.match(/(?:https?|wss?):\/\/[^\s"'`)<>\\]+/g) ?? [])];
      expect(
        urls.filter((u) => !INERT_URLS.has(u)),
        file,
      ).toEqual([]);
    }
  });

  it('carries the browser polyfill only in the bundles that use it, never in a script run on every page', () => {
    const withPolyfill = builtScripts().filter(({ code }) =>
      code.includes('This script should only be loaded in a browser extension.'),
    );
    const files = withPolyfill.map((s) => s.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'chrome-mv3/background.js',
        'chrome-mv3/content-session.js',
        'firefox-mv2/background.js',
        'firefox-mv2/content-session.js',
      ]),
    );
    // The extension's pages (popup, options, briefing, welcome) share one copy, in a chunk of each build.
    for (const build of ['chrome-mv3/chunks/', 'firefox-mv2/chunks/'])
      expect(
        files.filter((f) => f.startsWith(build)),
        build,
      ).toHaveLength(1);
    // The script the manifest runs on every page is compiled on its main thread: it carries no
    // copy of the polyfill, which the module it starts has (entrypoints/content-start.ts).
    for (const dir of [chromeBuild, firefoxBuild]) {
      const runOnPages = builtManifest(dir).content_scripts.flatMap((c) => c.js);
      expect(runOnPages).toEqual(['content-start.js']);
      for (const file of runOnPages) expect(files, file).not.toContain(relative(join(dir, '..'), join(dir, file)));
    }
  });

  it('asks for storage, and no host access beyond its content script’s and the tab the reader clicks on, and no remote code', () => {
    for (const dir of [chromeBuild, firefoxBuild]) {
      const manifest = builtManifest(dir);
      // activeTab and scripting: the toolbar button and the keyboard command wake a page whose content
      // script sleeps (lib/extension/ask-page.ts), on that tab only, at that moment; no install warning.
      expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:/);
      // The content script (entrypoints/content-start.ts).
      expect(manifest.content_scripts.map((c) => c.matches)).toEqual([['http://*/*', 'https://*/*']]);
      // What a page may load from the extension: the scripts the content script imports, no more.
      const accessible = manifest.web_accessible_resources.flatMap((r) => (typeof r === 'string' ? [r] : r.resources));
      expect(accessible.sort()).toEqual(['card-view.js', 'claim-finder.js', 'content-session.js']);
    }
  });

  it('styles marks from the manifest in Chrome, rules on the root only; Firefox adopts its own', () => {
    // Root rules cost a Chromium page nothing to style (its elements inherit highlight styles from
    // 134 on); Firefox's rules must match every element, so no Firefox page gets them up front.
    const chrome = builtManifest(chromeBuild);
    expect(chrome.minimum_chrome_version).toBe('134');
    expect(contentEntry(chrome).css).toEqual(['content-scripts/marks.css']);
    const css = readFileSync(join(chromeBuild, 'content-scripts/marks.css'), 'utf8');
    // One rule on the root for each kind of mark, under the names the highlighter registers.
    const selectors = css.match(/[^\s{}]*::highlight\([\w-]+\)/g) ?? [];
    expect(selectors.sort()).toEqual(markKinds.map((kind) => `:root::highlight(${highlightName(kind)})`).sort());
    const firefox = builtManifest(firefoxBuild);
    expect(firefox.content_scripts.every((c) => c.css === undefined)).toBe(true);
  });
});

describe('chromium: the build as Chrome loads it', () => {
  const session = useE2ESession(startChromium);

  it('has no install warnings and no manifest errors', async () => {
    const page = await session.browser.newPage();
    await page.goto('chrome://extensions/');
    const ours = await page.evaluate(
      () =>
        new Promise<{ name: string; installWarnings: unknown[]; manifestErrors: unknown[] }[]>((resolve) =>
          (
            globalThis as unknown as {
              chrome: { developerPrivate: { getExtensionsInfo(o: object, cb: (i: never) => void): void } };
            }
          ).chrome.developerPrivate.getExtensionsInfo({ includeDisabled: true }, resolve),
        ),
    );
    const info = ours.find((e) => e.name === 'Muse Spark Context');
    expect(info).toBeDefined();
    expect(info!.installWarnings).toEqual([]);
    expect(info!.manifestErrors).toEqual([]);
    await page.close();
  });
});
