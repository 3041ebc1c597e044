/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { startWhenNeeded, type AnswerMessage } from '../../../lib/extension/wake';
import { WAKE_KEY } from '../../../lib/extension/messages';
import { NOT_PROSE } from '../../../lib/reader/skip';
import { readTextRuns } from '../../../lib/reader/read-text';
import { anySpellingPattern } from '../../../lib/text/spellings';
import { termCatalogue } from '../../../lib/text/terms';

// When the content script's work starts (lib/extension/wake.ts, lib/extension/quick-look.ts): only where a
// frame needs it, and then always.

const anySpelling = anySpellingPattern(termCatalogue);
const tick = () => new Promise((r) => setTimeout(r, 0));

/**
 * Starts watching the page as it is now; `start` counts how often the work was started, and `ask` is what a
 * script injected into the frame's world finds there (lib/extension/ask-page.ts).
 */
function watch(html: string) {
  document.body.innerHTML = html;
  const answer = vi.fn<AnswerMessage>(() => Promise.resolve({ total: 0 }));
  const start = vi.fn(() => Promise.resolve(answer));
  // The content script's world's global: what it leaves there, and nothing else, is the frame's way in.
  const world: Record<string, unknown> = {};
  startWhenNeeded(window as never, anySpelling, start, world);
  const ask = world[WAKE_KEY] as AnswerMessage;
  return { start, answer, ask };
}

describe('a page that names nothing', () => {
  it('is left asleep, touching no extension API, with a way in for the popup', async () => {
    const touched = vi.fn();
    vi.stubGlobal('chrome', new Proxy({}, { get: touched }));
    vi.stubGlobal('browser', new Proxy({}, { get: touched }));
    try {
      const page = watch('<h1>Short</h1><p>Meta said its thinking was <b>simple</b>.</p>');
      await tick();
      expect(page.start).not.toHaveBeenCalled();
      expect(typeof page.ask).toBe('function');
      expect(touched).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('wakes, once, when the page adds text that names a term, however it is split', async () => {
    const page = watch('<main id="feed"><p>Nothing yet.</p></main>');
    const feed = document.getElementById('feed')!;
    feed.insertAdjacentHTML('beforeend', '<p>Still nothing of note.</p>');
    await tick();
    expect(page.start).not.toHaveBeenCalled();
    feed.insertAdjacentHTML('beforeend', '<p>Scores on <a href="#">Health</a>Bench Hard are in.</p>');
    feed.insertAdjacentHTML('beforeend', '<p>Muse Spark again.</p>');
    await tick();
    expect(page.start).toHaveBeenCalledTimes(1);
    // Awake, it stops watching: more names start nothing more.
    feed.insertAdjacentHTML('beforeend', '<p>Muse Spark once more.</p>');
    await tick();
    expect(page.start).toHaveBeenCalledTimes(1);
  });

  it('leaves scripts and styles out of the look: a name only in a page’s inline data does not wake it', async () => {
    const data = JSON.stringify({ posts: Array.from({ length: 50 }, (_, i) => `Muse Spark update ${i}`) });
    const page = watch(`<p>Live coverage.</p><script type="application/json">${data}</script><style>.a{}</style>`);
    await tick();
    expect(page.start).not.toHaveBeenCalled();
    // A name the reader would find around a script (it skips the script, joining the text either side).
    const around = watch('<p>Muse<script>var x = 1;</script> Spark</p>');
    await tick();
    expect(around.start).toHaveBeenCalledTimes(1);
  });

  it('leaves out only text the reader never reads either, whatever the settings', () => {
    for (const tag of NOT_PROSE) {
      document.body.innerHTML = `<p>Before</p><${tag}>Muse Spark</${tag}><p>after</p>`;
      const texts = [...readTextRuns(document.body, { scanCode: true })].flatMap((item) =>
        item.kind === 'run' ? [item.run.text] : [],
      );
      expect(texts.join(' '), tag).not.toContain('Muse Spark');
    }
  });

  it('is left asleep by a spelling run on into a word ("thinking models" is no Thinking mode)', async () => {
    const page = watch(
      '<script>var a = 1;</script><p>Its <b>thinking models</b> and Muse Sparkling water.</p><style>.b{}</style>',
    );
    await tick();
    expect(page.start).not.toHaveBeenCalled();
    // Nor by such text added later, or an edit that makes it.
    document.body.insertAdjacentHTML('beforeend', '<p id="e">New thinking models, and MMMU Professional.</p>');
    (document.getElementById('e')!.firstChild as Text).data = 'Old thinking models';
    await tick();
    expect(page.start).not.toHaveBeenCalled();
  });

  it('is left asleep on a long page whose start holds a name only in a script, or run on into a word', async () => {
    // A long page's start is looked at first (lib/extension/quick-look.ts): that piece stops at the first script.
    const items = '<p>item</p>'.repeat(250);
    const page = watch(
      `<header><p>Its thinking models</p><script>var t = "Muse Spark";</script></header><main>${items}</main>`,
    );
    await tick();
    expect(page.start).not.toHaveBeenCalled();
  });

  it('wakes when the page adds a name the next item runs into', async () => {
    const page = watch('<main id="feed"><p>Nothing yet.</p></main>');
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<ul><li>Thinking mode</li><li>off</li></ul>');
    await tick();
    expect(page.start).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['completes a name across two elements', '<p><b>Muse</b><span id="e"> and more</span></p>', ' Spark'],
    ['makes a name ended by the element after it', '<ul><li id="e">A mode</li><li>off</li></ul>', 'Thinking mode'],
  ])('wakes when an edit %s', async (_what, html, edited) => {
    const page = watch(html);
    await tick();
    expect(page.start).not.toHaveBeenCalled();
    (document.getElementById('e')!.firstChild as Text).data = edited;
    await tick();
    expect(page.start).toHaveBeenCalledTimes(1);
  });

  it('wakes for the popup’s question and answers it with the work’s own answer, once awake too', async () => {
    const page = watch('<p>Nothing here.</p>');
    await expect(page.ask({ type: 'get-page-mentions' })).resolves.toEqual({ total: 0 });
    expect(page.answer).toHaveBeenCalledWith({ type: 'get-page-mentions' });
    await expect(page.ask({ type: 'next-mention' })).resolves.toEqual({ total: 0 });
    expect(page.answer).toHaveBeenLastCalledWith({ type: 'next-mention' });
    expect(page.start).toHaveBeenCalledTimes(1);
  });

  it('answers nothing to other messages, or things that are not messages, and stays asleep', async () => {
    const page = watch('<p>Nothing here.</p>');
    for (const message of [{ type: 'open-briefing' }, { type: 'get-page-mentions!' }, null, 'next-mention'])
      expect(page.ask(message)).toBeUndefined();
    await tick();
    expect(page.start).not.toHaveBeenCalled();
  });
});

describe('a page that may name something starts at once', () => {
  it.each([
    ['a name', '<p>Meta launched Muse Spark.</p>'],
    ['a name across inline elements', '<p><b>Live</b>CodeBench <i>Pro</i> results</p>'],
    ['a name across a line break', '<p>ARC<br>AGI 2</p>'],
    // Run together, "Thinking modeoff": where a text node ends, the reader may see a block or a break.
    ['a name the next item runs into', '<ul><li>Thinking mode</li><li>off</li></ul>'],
    ['a name a line break ends', '<p>Muse Spark<br>launched</p>'],
    [
      'a name the next item runs into, after text left out',
      '<script>var a = 1;</script><p>x</p><style>.b{}</style><ul><li>Thinking mode</li><li>off</li></ul>',
    ],
    ['a custom element, whose shadow root no text test sees', '<news-card></news-card><p>Nothing.</p>'],
    ['a name at the start of a long page', `<p>Muse Spark</p>${'<p>item</p>'.repeat(300)}`],
    ['a name far into a long page', `${'<p>item</p>'.repeat(300)}<p>Muse Spark</p>`],
    ['a page too big to look over', `<ul>${'<li>item</li>'.repeat(2100)}</ul>`],
  ])('%s', async (_what, html) => {
    const page = watch(html);
    await tick();
    expect(page.start).toHaveBeenCalledTimes(1);
    // A question that comes before the work listens for itself is answered through the same start.
    await expect(page.ask({ type: 'get-page-mentions' })).resolves.toEqual({ total: 0 });
    expect(page.start).toHaveBeenCalledTimes(1);
  });
});
