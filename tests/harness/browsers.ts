import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, {
  type Browser as PuppeteerBrowser,
  type Page as PuppeteerPage,
  type WebWorker,
} from 'puppeteer-core';
import { startRecordingProxy } from './recording-proxy';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const chromeBuild = join(root, '.output/chrome-mv3');
export const firefoxBuild = join(root, '.output/firefox-mv2');

/** Browsers come from Debian; no tool here downloads one of its own. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A fixed moz-extension:// host for our add-on, so tests can open its pages. */
export const FIREFOX_ADDON_ID = 'muse-spark-context@example.org';
export const FIREFOX_UUID = '5b7a3c1e-8d2f-4e6a-9c0b-1f2e3d4c5b6a';

export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}: run \`npm run build\` first (npm test does).`);
  }
}

/** The parts of a built manifest the tests and the benchmark read. */
export interface BuiltManifest {
  name: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  minimum_chrome_version?: string;
  content_scripts: { matches: string[]; js: string[]; css?: string[]; run_at: string }[];
  web_accessible_resources: (string | { resources: string[] })[];
}

/** The manifest of the build in `dir` (one of the builds above, or another, such as the dev server's). */
export function builtManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** How long a fresh install may take to open its welcome page. */
const WELCOME_WAIT_MS = 10_000;

/** Waits for the welcome page a fresh install opens, and closes it; whether it came. */
async function closeWelcomePage(pages: () => OpenPage[] | Promise<OpenPage[]>): Promise<boolean> {
  for (const until = Date.now() + WELCOME_WAIT_MS; Date.now() < until;) {
    const page = (await pages()).find((p) => p.url().endsWith('/welcome.html'));
    if (page) {
      await page.close();
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

type OpenPage = { url(): string; close(): Promise<unknown> };

export interface ChromiumSession {
  context: BrowserContext;
  /** Whether our extension, just installed, opened its welcome page (closed again at once). */
  welcomeOpened: boolean;
  /** Every request the context saw, the extension's service worker's included. */
  requests: string[];
  extensionId: string;
  extensionOrigin: string;
  close(): Promise<void>;
}

/** The flags every Chromium the tests and the benchmark start runs with, whichever driver starts it. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Chromium with our built extension, with none (`extension: false`), or with another unpacked one
 * (`extensionDir`: the benchmark's live floor, or the dev server's build).
 */
export async function launchChromium(
  options: { headless?: boolean; extension?: boolean; extensionDir?: string; lang?: string } = {},
): Promise<ChromiumSession> {
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? chromeBuild;
  if (withExtension) assertBuilt(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'msc-chromium-'));
  // Lets Playwright report the requests service workers make (our background is one).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const args = [...chromiumArgs];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  // The browser's own language, which extensions read: Linux Chromium takes it from LANGUAGE, --lang
  // elsewhere; either needs Debian's chromium-l10n for any language but English.
  if (options.lang) args.push(`--lang=${options.lang}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1280, height: 900 },
    // A touch screen as well as a mouse, so tests can tap.
    hasTouch: true,
    // Playwright turns the back/forward cache off; readers have it on, and a test needs it.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang }, locale: options.lang } : {}),
  });
  const requests: string[] = [];
  context.on('request', (r) => void requests.push(r.url()));
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  // Installed, the extension opens its welcome page in a new tab, the one in front: closed here, so
  // a test's or the benchmark's page is never a background tab (whose timers the browser slows).
  const ours = withExtension && builtManifest(extensionDir).name === builtManifest(chromeBuild).name;
  const welcomeOpened = ours && (await closeWelcomePage(() => context.pages()));
  return {
    context,
    welcomeOpened,
    requests,
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}`,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  /** Whether the extension, just installed, opened its welcome page (closed again at once). */
  welcomeOpened: boolean;
  extensionOrigin: string;
  /** With `recordNetwork`: every request Firefox made, from any context, through a recording proxy. */
  networkLog: string[] | null;
  close(): Promise<void>;
}

export async function launchFirefox(
  options: { extension?: boolean; recordNetwork?: boolean; lang?: string } = {},
): Promise<FirefoxSession> {
  const withExtension = options.extension ?? true;
  if (withExtension) assertBuilt(firefoxBuild);
  const proxy = options.recordNetwork ? await startRecordingProxy() : null;
  const proxyPrefs = proxy
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        // Through the proxy even for 127.0.0.1, so the log is complete.
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.no_proxies_on': '',
        // Firefox's own Remote Settings sync would be its only other traffic: point it at nothing here.
        'services.settings.server': 'http://127.0.0.1:9/remote-settings',
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    // Release builds honour services.settings.server (below) only with this set.
    ...(proxy ? { env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } } : {}),
    executablePath: firefoxPath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup) only with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // Keep Firefox off the network: no update, telemetry or captive-portal checks.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      // navigator.clipboard.readText() without its paste prompt, so tests can read back what was copied.
      'dom.events.testing.asyncClipboard': true,
      // The browser's own language, which extensions read (Debian's firefox-esr-l10n-<lang> has its strings).
      ...(options.lang ? { 'intl.locale.requested': options.lang } : {}),
      ...proxyPrefs,
    },
  });
  let welcomeOpened = false;
  if (withExtension) {
    await browser.installExtension(firefoxBuild);
    // Over BiDi, Firefox reports a moz-extension:// tab's URL as about:blank (puppeteer#14314): ask the page.
    welcomeOpened = await closeWelcomePage(async () =>
      Promise.all(
        (await browser.pages()).map(async (page) => {
          const href = await page.evaluate(() => location.href).catch(() => '');
          return { url: () => href, close: () => page.close() };
        }),
      ),
    );
  }
  return {
    browser,
    welcomeOpened,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    networkLog: proxy?.requests ?? null,
    close: async () => {
      await browser.close().catch(() => {});
      await proxy?.close();
    },
  };
}

export interface ToolbarChromium {
  browser: PuppeteerBrowser;
  /** The extension's service worker, for calls only it may make (`action.openPopup()`). */
  worker: WebWorker;
  extensionOrigin: string;
  /**
   * Clicks the toolbar button over `page`, as a reader does (which grants the extension the tab's
   * `activeTab`), and returns the popup opened in its bubble.
   */
  clickToolbarButton(page: PuppeteerPage): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

/**
 * Chromium with our build, driven by Puppeteer, which reaches what Playwright does not: the toolbar
 * button (the DevTools protocol's `Extensions.triggerAction`) and the popup in its bubble.
 */
export async function launchToolbarChromium(): Promise<ToolbarChromium> {
  assertBuilt(chromeBuild);
  const profile = await mkdtemp(join(tmpdir(), 'msc-toolbar-'));
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    userDataDir: profile,
    pipe: true,
    enableExtensions: [chromeBuild],
    args: chromiumArgs,
  });
  const close = async () => {
    await browser.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };
  try {
    const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
    const worker = (await swTarget.worker())!;
    const extensionOrigin = `chrome-extension://${new URL(swTarget.url()).host}`;
    // The welcome page a fresh install opens, closed so the reader's page is the active tab.
    await closeWelcomePage(() => browser.pages());
    const [extension] = (await browser.extensions()).values();
    return {
      browser,
      worker,
      extensionOrigin,
      clickToolbarButton: async (page) => {
        await page.bringToFront();
        const opened = browser.waitForTarget((t) => t.url().startsWith(`${extensionOrigin}/popup`), {
          timeout: 15_000,
        });
        await page.triggerExtensionAction(extension!);
        return (await opened).asPage();
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
