import { beforeAll, describe, expect, it } from 'vitest';
import { browserFactories, type E2EBrowser } from '../harness/drivers';
import type { FixtureServer } from '../harness/server';
import { useE2ESession } from '../harness/session';
import { highlightTexts } from '../harness/page-probes';
import { waitForSettled } from '../harness/wait';

/**
 * What a reader sees on a page whose elements are inline in HTML but laid out apart by its CSS (a rank
 * number, a username on its own line, tag chips in a flex row, grid cards, a vendor label above a name
 * in a table cell, a label displayed as a block), with nothing between them in the text.
 */
const EXPECTED = {
  muse: [
    'Muse Spark', // after a rank laid out as an inline-block
    'Muse Spark', // after a username laid out as a block
    'MuseSpark', // a tag chip in a flex row, written as one word
    'Muse Spark', // under a vendor label in a table cell
    'Muse Spark', // linked first word
    'Muse Spark', // a Korean particle after it
    'Muse Spark (Thinking)', // a mode in brackets
  ],
  model: ['GPT-5.4'],
  benchmark: ['SimpleVQA', 'HealthBench Hard', 'ARC-AGI-2', 'HealthBench Hard'],
};

describe.each(browserFactories)('%s: names in real page layouts', (_name, start) => {
  const session = useE2ESession(start);
  let browser: E2EBrowser;
  let server: FixtureServer;
  beforeAll(() => ({ browser, server } = session));

  it('finds names that touch a label the page lays out apart, and no near-miss', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('layouts.html'));
    const texts = await waitForSettled(
      () => page.evaluate(highlightTexts),
      (t) => (t.muse?.length ?? 0) > 0,
    );
    expect(texts).toEqual(EXPECTED);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
