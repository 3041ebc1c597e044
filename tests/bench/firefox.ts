/**
 * Firefox figures for the real-page set: the Gecko profiler, which Firefox builds carry (Debian's too),
 * samples every content process's main thread from start-up to shutdown (MOZ_PROFILER_STARTUP and
 * MOZ_PROFILER_SHUTDOWN); each sample whose JavaScript stack runs a script of our add-on, or of the floor
 * add-on beside it, counts for that add-on. Both are installed in the same Firefox and measured on the same
 * loads, so their ratio compares like with like. Firefox offers no per-script trace over WebDriver BiDi
 * (Chromium's CDP tracing is what the Chromium figures use), so these are sample counts times the interval:
 * good to 1 sample (0.5 ms) a load, enough to see a regression, not to compare with the Chromium figures.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { firefoxBuild, firefoxPath, FIREFOX_ADDON_ID, FIREFOX_UUID } from '../harness/browsers';
import { AFTER_STREAM_MS } from './pages';

const FLOOR_ID = 'bench-floor@example.org';
const FLOOR_UUID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
/** Sampling interval, in ms: fine enough that a few-millisecond start-up shows as several samples. */
const INTERVAL_MS = 0.5;

/** The floor add-on for Firefox: the same scripts as Chromium's, as a Manifest V2 add-on like ours. */
function floorAddon(chromeFloorDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'msc-floor-firefox-'));
  for (const file of ['names.js', 'floor.js']) cpSync(join(chromeFloorDir, file), join(dir, file));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: 'Bench floor',
      version: '1.0',
      browser_specific_settings: { gecko: { id: FLOOR_ID } },
      content_scripts: [{ matches: ['http://*/*'], js: ['names.js', 'floor.js'], run_at: 'document_idle' }],
    }),
  );
  return dir;
}

interface RawThread {
  name: string;
  processType?: string;
  processName?: string;
  samples: { schema: Record<string, number>; data: unknown[][] };
  stackTable: { schema: Record<string, number>; data: (number | null)[][] };
  frameTable: { schema: Record<string, number>; data: unknown[][] };
  stringTable: string[];
}

interface RawProfile {
  threads: RawThread[];
  processes?: RawProfile[];
}

function allThreads(profile: RawProfile): RawThread[] {
  return [...profile.threads, ...(profile.processes ?? []).flatMap(allThreads)];
}

/** How many samples of a thread ran each add-on's code (a stack holding one of its script URLs). */
function samplesByAddon(thread: RawThread, hosts: Record<string, string>): Record<string, number> {
  const counts = Object.fromEntries(Object.keys(hosts).map((k) => [k, 0]));
  const { stackTable, frameTable, samples, stringTable } = thread;
  const frameLocation = frameTable.schema.location!;
  const [prefix, frame] = [stackTable.schema.prefix!, stackTable.schema.frame!];
  const owner = new Map<number, string | null>();
  const ownerOfStack = (stack: number | null): string | null => {
    if (stack === null) return null;
    const known = owner.get(stack);
    if (known !== undefined) return known;
    const row = stackTable.data[stack]!;
    const location = stringTable[frameTable.data[row[frame] as number]![frameLocation] as number] ?? '';
    const here = Object.keys(hosts).find((k) => location.includes(hosts[k]!)) ?? null;
    const found = here ?? ownerOfStack(row[prefix] as number | null);
    owner.set(stack, found);
    return found;
  };
  const stackColumn = samples.schema.stack!;
  for (const sample of samples.data) {
    const who = ownerOfStack(sample[stackColumn] as number | null);
    if (who) counts[who]!++;
  }
  return counts;
}

export interface FirefoxRow {
  page: string;
  ours: number;
  floor: number;
}

/**
 * Loads each page `loads` times in a Firefox with both add-ons and the profiler on, and returns each
 * add-on's main-thread milliseconds per load. One Firefox per page, so a page's samples are its own.
 */
export async function firefoxRealPages(
  urls: Record<string, { url: string; live: boolean }>,
  chromeFloorDir: string,
  loads: number,
): Promise<FirefoxRow[]> {
  const floorDir = floorAddon(chromeFloorDir);
  const rows: FirefoxRow[] = [];
  try {
    for (const [page, { url, live }] of Object.entries(urls)) {
      const profilePath = join(mkdtempSync(join(tmpdir(), 'msc-gecko-')), 'profile.json');
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        args: ['--remote-allow-system-access'],
        env: {
          ...process.env,
          MOZ_PROFILER_STARTUP: '1',
          MOZ_PROFILER_SHUTDOWN: profilePath,
          MOZ_PROFILER_STARTUP_INTERVAL: String(INTERVAL_MS),
          MOZ_PROFILER_STARTUP_ENTRIES: '64000000',
          MOZ_PROFILER_STARTUP_FEATURES: 'js',
          MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
        },
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({
            [FIREFOX_ADDON_ID]: FIREFOX_UUID,
            [FLOOR_ID]: FLOOR_UUID,
          }),
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      });
      await browser.installExtension(firefoxBuild);
      await browser.installExtension(floorDir);
      for (let i = 0; i < loads; i++) {
        const tab = await browser.newPage();
        await tab.goto(url, { waitUntil: 'load' });
        // Long enough for reading and marking, and on a live page for the whole stream and its last read.
        if (live) await tab.waitForFunction('window.liveDone === true', { timeout: 20_000 });
        await new Promise((r) => setTimeout(r, live ? AFTER_STREAM_MS : 1200));
        await tab.close();
      }
      await browser.close();
      for (let i = 0; i < 100 && !existsSync(profilePath); i++) await new Promise((r) => setTimeout(r, 100));
      const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as RawProfile & { meta: { interval: number } };
      rmSync(dirname(profilePath), { recursive: true, force: true });
      const hosts = { ours: `moz-extension://${FIREFOX_UUID}/`, floor: `moz-extension://${FLOOR_UUID}/` };
      const totals = { ours: 0, floor: 0 };
      for (const thread of allThreads(profile)) {
        // The pages' own processes: not the parent's, nor the add-ons' (their background and pages).
        if (thread.name !== 'GeckoMain' || !thread.processName?.includes('Web Content')) continue;
        const counts = samplesByAddon(thread, hosts);
        totals.ours += counts.ours!;
        totals.floor += counts.floor!;
      }
      const interval = profile.meta.interval;
      rows.push({ page, ours: (totals.ours * interval) / loads, floor: (totals.floor * interval) / loads });
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
  return rows;
}

/** The Firefox the figures come from, as it names itself. */
export function firefoxVersion(): string {
  try {
    return execFileSync(firefoxPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'Firefox';
  }
}
