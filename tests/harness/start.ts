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

await shootCardOn(page, { selector: '#health', text: 'HealthBench Hard' }, 'hover-card.png');

// The popup as it shows for the article's tab.
const probe = await session.context.newPage();
await probe.goto(`${session.extensionOrigin}/popup.html`);
const tabId = await probe.evaluate(findTabByHost, null);
await probe.close();
const popup = await session.context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`);
await sleep(400);
await shoot(popup, 'popup.png');

// The claim check: an article that misquotes a launch figure, with the card on that figure.
const claims = await session.context.newPage();
await claims.setViewportSize({ width: 1000, height: 640 });
await claims.goto(server.url('claims-article.html'));
await sleep(800);
await shootCardOn(claims, { selector: '#health', text: '42.1' }, 'claim-check.png');

// The popup's list of the claims on that page (the first article closed, so this is the tab that answers).
await page.close();
await popup.close();
const claimsTab = await session.context.newPage();
await claimsTab.goto(`${session.extensionOrigin}/popup.html`);
const claimsTabId = await claimsTab.evaluate(findTabByHost, null);
await claimsTab.goto(`${session.extensionOrigin}/popup.html?tab=${claimsTabId}`);
await claimsTab.setViewportSize({ width: 380, height: 600 });
await sleep(400);
await claimsTab.evaluate(() => {
  document.querySelector('.claims')?.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -12);
});
await shoot(claimsTab, 'popup-claims.png');

await session.close();
await server.close();
console.log('Screenshots written:');
for (const p of written) console.log(`  ${p}`);
