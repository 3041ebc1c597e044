import { beforeAll, describe, expect, it } from 'vitest';
import { browserFactories, type E2EBrowser, type E2EPage } from '../harness/drivers';
import type { FixtureServer } from '../harness/server';
import { useE2ESession } from '../harness/session';
import { highlightSizes, textBox } from '../harness/page-probes';
import { waitForCard } from '../harness/card-probes';
import { openPopupFor } from '../harness/popup';
import { waitFor } from '../harness/wait';

/** Requests that leave the machine: anything on the network that is not the local fixture server. */
const offMachine = (urls: string[]) =>
  urls.filter((u) => /^(https?|wss?):/.test(u) && new URL(u).hostname !== '127.0.0.1');

describe.each(browserFactories)('%s: privacy', (_name, start) => {
  const session = useE2ESession(start);
  let browser: E2EBrowser;
  let server: FixtureServer;
  beforeAll(() => ({ browser, server } = session));

  it('a whole session (marks, a card, the popup, a jump, a setting) requests nothing off 127.0.0.1', async () => {
    const tabs: E2EPage[] = [];
    const article = await browser.newPage();
    tabs.push(article);
    await article.goto(server.url('news-article.html'));
    await waitFor(
      () => article.evaluate(highlightSizes),
      (s) => (s.muse ?? 0) > 0,
    );
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
    await popup.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Key terms'));
      (label as HTMLLabelElement).click();
    });
    await waitFor(
      () => article.evaluate(highlightSizes),
      (s) => s.keyterm === undefined,
    );

    const all = tabs.flatMap((t) => t.requests);
    expect(all.length, 'the recorder saw the session').toBeGreaterThan(2);
    expect(offMachine(all)).toEqual([]);
    for (const t of tabs) await t.close();
  });
});
