import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, launchFirefox } from './browsers';

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One tab, driven the same way in Chromium (Playwright) and Firefox (Puppeteer over BiDi). */
export interface E2EPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs in the page's own world before any of its scripts, on every navigation. */
  addInitScript(source: string): Promise<void>;
  screenshot(options?: { clip?: Clip; path?: string }): Promise<Buffer>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** A finger tap (a touch pointer, not a mouse). */
  tap(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  /** Runs a classic script in the page through the driver, which a page's CSP cannot block (for axe-core). */
  addScript(source: string): Promise<void>;
  /** Errors the page or its scripts reported: uncaught exceptions and console.error. */
  errors: string[];
  /** Every URL this tab requested, its scripts' and the extension's requests from it included. */
  requests: string[];
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  /** Whether the extension opened its welcome page when it was installed (closed at once by the launch). */
  welcomeOpened: boolean;
  newPage(): Promise<E2EPage>;
  /** Opens one of the extension's own pages, such as popup.html, in a tab. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /**
   * Lets pages read the clipboard back without a prompt, so a test can check what a copy put there
   * (Chromium grants the permission; Firefox's launch sets its testing preference).
   */
  allowClipboardReads(): Promise<void>;
  /**
   * Every request the browser made from any of the extension's contexts, its background
   * included, where this launch records them (Chromium always; Firefox with `recordNetwork`).
   */
  network: {
    /** The recorded requests, as URLs or "METHOD url" / "CONNECT host:port" lines. */
    requests: string[];
    /** Makes one request from an extension context, to prove the recording sees such requests. */
    probe(url: string): Promise<void>;
  } | null;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in an extension page: whether its script has rendered. The popup's first frame is HTML built in
 * (modules/popup-first-paint.ts), its controls inert until the script, loaded after that frame is painted,
 * renders over it some milliseconds later: a test, quicker than any reader, waits for that. Pages without
 * a prerendered frame pass at once (their tests wait for their own content).
 */
const scriptRendered = () => document.getElementById('app')?.firstChild?.nodeType !== Node.COMMENT_NODE;

function wrapPlaywright(page: PlaywrightPage): E2EPage {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  return {
    errors,
    requests,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addInitScript: async (source) => void (await page.addInitScript({ content: source })),
    screenshot: async (o = {}) => Buffer.from(await page.screenshot({ clip: o.clip, path: o.path })),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    addScript: async (content) => void (await page.evaluate(content)),
    close: () => page.close(),
  };
}

/** A Puppeteer page (Firefox's, or Chromium's where a test needs the toolbar button) as the tests drive pages. */
export function wrapPuppeteer(page: PuppeteerPage): E2EPage {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // The fixture server has no favicon; Chromium names it only in the message's location.
    if (m.type() === 'error' && !/favicon/.test(`${m.text()} ${m.location().url ?? ''}`)) errors.push(m.text());
  });
  return {
    errors,
    requests,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addInitScript: async (source) => void (await page.evaluateOnNewDocument(source)),
    screenshot: async (o = {}) => Buffer.from(await page.screenshot({ clip: o.clip, path: o.path })),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key as never),
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    addScript: async (content) => void (await page.evaluate(content)),
    close: () => page.close(),
  };
}

/** Chromium with our built extension, none (`extension: false`), or another build of it (`extensionDir`). */
export async function startChromium(
  options: { extension?: boolean; extensionDir?: string; lang?: string } = {},
): Promise<E2EBrowser> {
  const session = await launchChromium(options);
  return {
    name: 'chromium',
    welcomeOpened: session.welcomeOpened,
    newPage: async () => wrapPlaywright(await session.context.newPage()),
    openExtensionPage: async (path) => {
      const page = await session.context.newPage();
      await page.goto(`${session.extensionOrigin}/${path}`);
      await page.waitForFunction(scriptRendered, null, { timeout: 10_000 });
      return wrapPlaywright(page);
    },
    allowClipboardReads: () => session.context.grantPermissions(['clipboard-read', 'clipboard-write']),
    network:
      options.extension === false
        ? null
        : {
            requests: session.requests,
            // From the background service worker itself.
            probe: async (url) => {
              const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(session.extensionOrigin));
              if (!worker) throw new Error('no extension service worker');
              await worker.evaluate(
                (u) =>
                  fetch(u).then(
                    () => undefined,
                    () => undefined,
                  ),
                url,
              );
            },
          },
    close: session.close,
  };
}

export async function startFirefox(
  options: { extension?: boolean; recordNetwork?: boolean; lang?: string } = {},
): Promise<E2EBrowser> {
  const session = await launchFirefox(options);
  const newPage = async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    // Firefox never reports the load of a moz-extension:// page over BiDi (puppeteer#14314):
    // start the navigation, then wait for the page's own content instead.
    void page.goto(`${session.extensionOrigin}/${path}`).catch(() => {});
    // Nor does it report the URL (about:blank): the page itself says where it is.
    const at = () => page.evaluate(() => location.href).catch(() => '');
    for (let i = 0; i < 200 && !(await at()).startsWith('moz-extension:'); i++) await sleep(25);
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    await page.waitForFunction(scriptRendered, { timeout: 10_000 });
    return wrapPuppeteer(page);
  };
  const log = session.networkLog;
  return {
    name: 'firefox',
    welcomeOpened: session.welcomeOpened,
    newPage: async () => wrapPuppeteer(await newPage()),
    openExtensionPage,
    allowClipboardReads: async () => {},
    // Puppeteer over BiDi does not reach an add-on's background page, but the recording proxy
    // sees the network traffic of every context; the probe comes from an extension page.
    network: log && {
      requests: log,
      probe: async (url) => {
        const page = await openExtensionPage('popup.html');
        await page.evaluate(
          (u) =>
            fetch(u).then(
              () => undefined,
              () => undefined,
            ),
          url,
        );
        await page.close();
      },
    },
    close: session.close,
  };
}

export const browserFactories = [
  ['chromium', startChromium],
  ['firefox', startFirefox],
] as const;
