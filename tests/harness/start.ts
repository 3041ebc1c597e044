/**
 * `npm start`: the built extension in Chromium on the bundled demo article, served from 127.0.0.1.
 * With --headless (or when there is no display) it writes screenshots of the demo page, an open
 * hover card and the popup instead, and prints where they are.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, root } from './browsers';
import { startFixtureServer } from './server';
import { textBox } from './page-probes';
import { sleep } from './wait';
import { findTabByHost } from './popup';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = await startFixtureServer();
const session = await launchChromium({ headless });
const page = await session.context.newPage();
await page.goto(server.url('news-article.html'));

if (!headless) {
  console.log(`Chromium is open on ${server.url('news-article.html')} with the extension loaded.`);
  console.log(`Its popup as a page: ${session.extensionOrigin}/popup.html. Close the browser to stop.`);
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

const outDir = join(root, 'tests/.artifacts/screenshots');
await mkdir(outDir, { recursive: true });
const written: string[] = [];

async function shoot(tab: typeof page, file: string): Promise<void> {
  const path = join(outDir, file);
  await tab.screenshot({ path });
  written.push(path);
}

/** Hovers the text, waits past the card's intent delay, and saves a screenshot with the card open. */
async function shootCardOn(tab: typeof page, at: { selector: string; text: string }, file: string): Promise<void> {
  const box = await tab.evaluate(textBox, at);
  await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await sleep(900);
  await shoot(tab, file);
}

await sleep(800);
await shoot(page, 'demo-page.png');

// The card on a 1366x657 laptop screen.
await page.setViewportSize({ width: 1366, height: 657 });
await shootCardOn(page, { selector: '#health', text: 'HealthBench Hard' }, 'hover-card.png');
await page.close();

/** The popup as it shows for the one article tab open: the popup page told that tab's id. */
async function openPopup(): Promise<typeof page> {
  const popup = await session.context.newPage();
  await popup.goto(`${session.extensionOrigin}/popup.html`);
  const tabId = await popup.evaluate(findTabByHost, null);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`);
  await sleep(500);
  return popup;
}

// The claim check: an article that misquotes a launch figure, with the card on that figure, and the popup
// for that page (the figures that differ first), then its score table.
const claims = await session.context.newPage();
await claims.setViewportSize({ width: 1000, height: 640 });
await claims.goto(server.url('claims-article.html'));
await sleep(800);
await shootCardOn(claims, { selector: '#health', text: '42.1' }, 'claim-check.png');
const popup = await openPopup();
await shoot(popup, 'popup.png');
await popup.getByRole('tab', { name: 'Scores' }).click();
await shoot(popup, 'popup-scores.png');
await popup.close();
await claims.close();

// The ARC AGI 2 card: the article's statement, and the outlets' figures apart.
const arc = await session.context.newPage();
await arc.setViewportSize({ width: 1000, height: 640 });
await arc.goto(server.url('every-card.html'));
await sleep(800);
await shootCardOn(arc, { selector: 'p:nth-of-type(3)', text: 'ARC AGI 2' }, 'outlet-tier.png');

// Settings with two sites turned off, and the full briefing.
const options = await session.context.newPage();
await options.setViewportSize({ width: 900, height: 760 });
await options.goto(`${session.extensionOrigin}/options.html`);
await options.evaluate(() =>
  (
    globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
  ).chrome.storage.sync.set({
    settings: { paused: false, disabledSites: ['example.com', 'forum.example.org'], scanCode: false },
  }),
);
await sleep(400);
await shoot(options, 'options.png');
const briefing = await session.context.newPage();
await briefing.setViewportSize({ width: 1366, height: 900 });
await briefing.goto(`${session.extensionOrigin}/briefing.html#benchmarks`);
await sleep(400);
await shoot(briefing, 'briefing.png');

await session.close();
await server.close();
console.log('Screenshots written:');
for (const p of written) console.log(`  ${p}`);
