import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer } from 'wxt';
import { builtManifest, root } from '../harness/browsers';
import { startChromium, type E2EBrowser } from '../harness/drivers';
import { startFixtureServer, type FixtureServer } from '../harness/server';
import { waitForMarkCounts, marksPainted, NEWS_ARTICLE_MARKS, textBox } from '../harness/page-probes';

const devBuild = join(root, '.output/chrome-mv3-dev');

// `npm run dev` is WXT's dev server, with a build of its own in which WXT registers its own
// content-script entries at run time and serves the popup's CSS itself: twice it has built
// differently from `npm run build` (modules/). Its browser runner is left off here; the test
// loads the dev build into Chromium itself, while the server runs.
describe('npm run dev: WXT’s dev server', () => {
  it('builds an extension that marks a served article, and the marks are painted', async () => {
    const dev = await createServer({ root, webExt: { disabled: true } });
    let server: FixtureServer | undefined;
    let browser: E2EBrowser | undefined;
    try {
      await dev.start();
      server = await startFixtureServer();
      browser = await startChromium({ extensionDir: devBuild });
      expect(builtManifest(devBuild).content_scripts.map((c) => [c.run_at, c.js, c.css ?? []])).toEqual([
        ['document_idle', ['content-start.js'], ['content-scripts/marks.css']],
      ]);

      const page = await browser.newPage();
      await page.goto(server.url('news-article.html'));
      const sizes = await waitForMarkCounts(page, NEWS_ARTICLE_MARKS);
      expect(sizes).toEqual(NEWS_ARTICLE_MARKS);
      // Painted, not only registered: the marks' rules reached the page.
      const clip = await page.evaluate(textBox, { selector: '#health', text: 'HealthBench Hard' });
      expect(await marksPainted(page, [clip]), 'HealthBench Hard looks marked').toEqual([true]);
      expect(page.errors).toEqual([]);
    } finally {
      await browser?.close();
      await server?.close();
      await dev.stop();
    }
  });
});
