/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readTextRuns } from '../../../lib/reader/read-text';
import { locate } from '../../../lib/reader/runs';
import type { ReadItem, ReadOptions, TextRun } from '../../../lib/reader/types';
import { createMatcher } from '../../../lib/text/matcher';
import { termCatalogue } from '../../../lib/text/terms';

// The page reader on its own: which runs of text it yields for a page, without the marker around it.

const matcher = createMatcher(termCatalogue);
/** As the marker reads: with the matcher's quick tests, so only blocks that may name a term are read. */
const quick: ReadOptions = {
  scanCode: false,
  mayContain: matcher.mayContain,
  mayHold: matcher.mayHold,
  namesAt: matcher.namesAt,
  mentionAt: matcher.mentionAt,
};
/** Every block's run, with no quick test. */
const everything: ReadOptions = { scanCode: false };

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A stand-in for the extension's own UI, which is never read. */
const isOwnUi = (el: Element) => el.localName === 'x-own';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} about nothing.</p>`).join('');

const runsOf = (items: Iterable<ReadItem>): TextRun[] =>
  [...items].flatMap((item) => (item.kind === 'run' ? [item.run] : []));
const texts = (root: Node, options: ReadOptions) => runsOf(readTextRuns(root, options)).map((r) => r.text);
/**
 * The terms named in the runs a read yields, in order, each place once: a block may be read again inside one
 * read around it, and the marks' registry keeps one mark a place (lib/marker/mention-registry.ts).
 */
function namesIn(root: Node, options: ReadOptions): string[] {
  const seen = new Map<Text, Set<number>>();
  const names: string[] = [];
  for (const run of runsOf(readTextRuns(root, options))) {
    for (const m of matcher.findMatches(run.text)) {
      const { node, offset } = locate(run, m.start, false);
      const offsets = seen.get(node) ?? new Set<number>();
      seen.set(node, offsets);
      if (offsets.has(offset)) continue;
      offsets.add(offset);
      names.push(m.termId);
    }
  }
  return names;
}
/** 30 paragraphs saying "thinking models" (a spelling run on into a word) and "simple VQAs", then `middle`. */
const runOnProse = (middle: string, from: number) =>
  Array.from(
    { length: 30 },
    (_, i) => `<p>Labs ship <i>thinking models</i> and simple VQAs, item ${from + i}.</p>`,
  ).join('') + middle;

describe('runs follow blocks as a reader sees them', () => {
  it('inline elements join their block; a heading never joins the paragraph below it', () => {
    const body = page('<h2>Muse</h2><p>Spark <a href="#">leads</a> <em>on</em> charts.</p>');
    expect(texts(body, everything)).toEqual(['Muse', 'Spark leads on charts.']);
  });

  it('a line break between two words reads as one, not as a word run together', () => {
    const body = page('<p>Muse<br>Spark</p>');
    expect(texts(body, everything)).toEqual(['Muse\nSpark']);
  });

  it('skips scripts, inputs, editable regions, code (unless asked) and the extension’s own UI', () => {
    const body = page(`<p>Muse Spark one</p><script>"Muse Spark"</script><textarea>Muse Spark</textarea>
      <div contenteditable>Muse Spark</div><pre>Muse Spark code</pre><x-own>Muse Spark</x-own><p>Muse Spark two</p>`);
    expect(texts(body, { ...quick, isOwnUi })).toEqual(['Muse Spark one', 'Muse Spark two']);
    expect(texts(body, { ...quick, isOwnUi, scanCode: true })).toEqual([
      'Muse Spark one',
      'Muse Spark code',
      'Muse Spark two',
    ]);
  });

  it('maps a position in a run back to its text node and offset', () => {
    const body = page('<p><a href="#">Muse</a> Spark leads</p>');
    const [run] = runsOf(readTextRuns(body, everything));
    const start = locate(run!, 0, false);
    const end = locate(run!, 'Muse Spark'.length, true);
    expect([start.node.data, start.offset]).toEqual(['Muse', 0]);
    expect([end.node.data, end.offset]).toEqual([' Spark leads', 6]);
    // An end at a node boundary stays in the node before it.
    expect(locate(run!, 4, true).node.data).toBe('Muse');
  });
});

describe('with the quick tests, only blocks that may name a term are read', () => {
  it('a block naming nothing yields no run; a word split across elements is still read', () => {
    const body = page('<p>Nothing here.</p><p>Health<b>Bench</b> Hard rose.</p><p>Still nothing.</p>');
    expect(texts(body, quick)).toEqual(['HealthBench Hard rose.']);
  });

  it('a block read ends its words: text after it never joins them and has the block around both read', () => {
    const body = page('<article><p>then GPT-5.4</p>loose text</article>');
    expect(texts(body, quick)).toEqual(['then GPT-5.4']);
  });

  it('a big part is read in parts, and a name split at any child boundary is read once', () => {
    const body = page(
      `<article>${filler(40)}<p>Mu<b>se</b> Spark</p>${filler(30)}<p>Arc <i>AGI</i> 2</p><p>Health<b>Bench</b> Hard</p>${filler(50)}</article>`,
    );
    const runs = texts(body, { ...quick, sieveAbove: 8 });
    expect(runs).toEqual(['Muse Spark', 'Arc AGI 2', 'HealthBench Hard']);
    // The same page read without the sieve gives the same runs.
    expect(texts(body, quick)).toEqual(runs);
  });

  it('a big part is not read for the common words names begin with, only for names', () => {
    // AI news is full of "Meta", "research" (which holds "arc"), "evaluation" and "advanced": each begins a
    // name, and a block read for one finds nothing.
    const common = Array.from(
      { length: 30 },
      (_, i) => `<p>Meta said its research and evaluation work was advanced, item ${i}.</p>`,
    ).join('');
    const body = page(`<article>${common}<p>Then Muse <b>Spark</b> arrived.</p>${common}</article>`);
    expect(texts(body, { ...quick, sieveAbove: 8 })).toEqual(['Then Muse Spark arrived.']);
  });

  it('a big part is not read for a spelling run on into a word, unless the page ends it there', () => {
    // "thinking models" holds "Thinking mode" run on: no name, unless a block, a line break or an image
    // ends the text right after it. Where an element ends it inline, reading it is the safe side.
    const cases: [string, string[]][] = [
      ['', []],
      ['<p>Try Thinking mode</p><p>later.</p>', ['Try Thinking mode']],
      ['<div><div>Try Thinking mode</div>later.</div>', ['Try Thinking mode']],
      ['<p>Try Thinking mode<br>later.</p>', ['Try Thinking mode\nlater.']],
      ['<p>Try <b>Thinking mode</b>ls out.</p>', ['Try Thinking models out.']],
    ];
    for (const [middle, read] of cases) {
      const body = page(`<article>${runOnProse(middle, 0)}${runOnProse('', 30)}</article>`);
      expect(texts(body, { ...quick, sieveAbove: 8 }), middle).toEqual(read);
      // The same part changed and read again: a changed part is searched as one text too.
      const article = body.querySelector('article')!;
      expect(texts(article, { ...quick, sieveAbove: 8 }), `changed: ${middle}`).toEqual(read);
    }
    // A spelling across two of the part's children, ended by a line break after the second: the part's own
    // text, read whole with all its paragraphs.
    const body = page(`<article>${runOnProse('<span>Try Thinking </span><span>mode</span><br>later.', 0)}</article>`);
    expect(namesIn(body, { ...quick, sieveAbove: 8 })).toEqual(namesIn(body, everything));
    expect(namesIn(body, everything)).toHaveLength(1);
  });

  it('property: among children of any lengths, a sieved read finds the names a full read finds', () => {
    // A run's finds far apart are looked for where their offsets fall in proportion among the run's children
    // (lib/reader/named-children.ts): children of very different lengths and text between them put them far from
    // the guess. The second mix is mostly spellings run on into words ("thinking models"), which name nothing
    // unless the page ends them. Up to 150 children, so a part is searched in runs (from 16 children on).
    // Where a child starts is found by looking for its own text in the run's, where it occurs once: the
    // repeated words often occur inside a longer child, the mixed ones mostly once.
    const mixed = fc
      .array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'epsilon'), { maxLength: 60 })
      .map((w) => w.join(' '));
    const lorem = fc.oneof(
      fc.nat({ max: 400 }).map((n) => `<p>${'lorem '.repeat(n)}</p>`),
      mixed.map((w) => `<p>${w}</p>`),
    );
    const runOns = [
      '\n',
      'loose text ',
      '<p>thinking models</p>',
      '<p>simple VQAs</p>',
      '<div>Try <i>Thinking mode</i>ls</div>',
    ];
    const names = [
      '<p>Muse <b>Spark</b> rose.</p>',
      '<p>then GPT-5.4</p>',
      '<p>Thinking mode</p>',
      '<p>MMMU</p><p>Pro</p>',
    ];
    /** A spelling, run on or not, inside a paragraph of mixed words. */
    const inProse = (snippets: string[]) =>
      fc
        .tuple(mixed, fc.constantFrom(...snippets), mixed)
        .map(([before, snippet, after]) => `<p>${before} ${snippet} ${after}.</p>`);
    const mixes = [
      fc.oneof(lorem, fc.constantFrom(...runOns, ...names)),
      fc.oneof(
        { arbitrary: lorem, weight: 4 },
        inProse(['thinking models', 'Try <i>Thinking mode</i>ls', 'simple VQAs']),
        inProse(['Muse <b>Spark</b> rose', 'then GPT-5.4', 'Thinking mode<br>later']),
      ),
      fc.oneof(
        { arbitrary: lorem, weight: 8 },
        { arbitrary: fc.constantFrom(...runOns), weight: 8 },
        fc.constantFrom(...names),
      ),
    ];
    for (const child of mixes) {
      fc.assert(
        fc.property(fc.array(child, { minLength: 1, maxLength: 150, size: 'max' }), (children) => {
          const body = page(`<article>${children.join('')}</article>`);
          const expected = namesIn(body, everything);
          expect(namesIn(body, { ...quick, sieveAbove: 8 })).toEqual(expected);
          expect(namesIn(body.firstElementChild!, { ...quick, sieveAbove: 8 })).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    }
  }, 60_000);

  it('a read paused between items goes on safely when the page removes what it was to read next', () => {
    const items = Array.from(
      { length: 60 },
      (_, i) => `<li id="i${i}">${i % 20 === 5 ? 'Muse Spark' : 'plain'} ${i}</li>`,
    );
    const body = page(`<ul>${items.join('')}</ul>`);
    const reader = readTextRuns(body, { ...quick, sieveAbove: 8 });
    const first = reader.next();
    expect(first.done).toBe(false);
    // The page re-renders half its list while the read is paused.
    for (let i = 8; i < 40; i++) document.getElementById(`i${i}`)?.remove();
    const rest = runsOf({ [Symbol.iterator]: () => reader });
    const all = [...runsOf([first.value as ReadItem]), ...rest].map((r) => r.text);
    // What is still on the page is read, once each; what went is not.
    expect(all).toContain('Muse Spark 5');
    expect(all).toContain('Muse Spark 45');
    expect(all).not.toContain('Muse Spark 25');
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('open shadow roots', () => {
  it('are announced, then read, after the page’s own text', () => {
    const body = page('<p>Muse Spark leads.</p><x-note id="n"></x-note>');
    document.getElementById('n')!.attachShadow({ mode: 'open' }).innerHTML = '<p>GPT-5.4 trails.</p>';
    const kinds = [...readTextRuns(body, quick)]
      .filter((i) => i.kind === 'run' || i.kind === 'shadow-root')
      .map((i) => (i.kind === 'run' ? i.run.text : 'shadow root'));
    expect(kinds).toEqual(['Muse Spark leads.', 'shadow root', 'GPT-5.4 trails.']);
  });
});

describe('text read as the page lays it out', () => {
  it('a label laid out apart from a name touching it in the text is read as on its own line', () => {
    const body = page(`
      <style>.chip { display: inline-block } .who { display: block }</style>
      <ol><li><span style="display:inline-block">1</span>Muse Spark</li></ol>
      <p><b class="who">reader42</b>Muse Spark is quick.</p>
      <div><span class="chip">LLM</span><span class="chip">GPT-5.4</span></div>
      <table><tr><td><span style="display:block">Meta</span>Muse Spark</td></tr></table>`);
    expect(texts(body, quick)).toEqual([
      '1\nMuse Spark',
      'reader42\nMuse Spark is quick.',
      'LLM\nGPT-5.4',
      'Meta\nMuse Spark',
    ]);
  });

  it('inline elements still join: split words and linked names are read whole, and a glued word stays glued', () => {
    const body = page('<p>Health<b>Bench</b> Hard, <a href="#">Muse</a> Spark, <span>x</span>Muse Spark.</p>');
    expect(texts(body, quick)).toEqual(['HealthBench Hard, Muse Spark, xMuse Spark.']);
  });

  it('asks the layout only where touching texts may decide a name, never beside Chinese characters or kana', () => {
    // Chinese and Japanese hold no word characters to the matcher, so a name beside a link in them is read
    // without asking the page's styles (each answer makes Firefox work out the page's style first); a Latin
    // word split across elements still asks, as a label laid out apart may stand there.
    const body = page(
      '<p>公司表示Muse Spark在HealthBench Hard上<a href="#c">公司表示</a>新模型</p>' +
        '<p>メタは新モデル<a href="#j">Muse Spark</a>を発表</p><p>Health<b>Bench</b> Hard</p>',
    );
    const styles = vi.spyOn(window, 'getComputedStyle');
    try {
      expect(texts(body, quick)).toEqual([
        '公司表示Muse Spark在HealthBench Hard上公司表示新模型',
        'メタは新モデルMuse Sparkを発表',
        'HealthBench Hard',
      ]);
      expect(styles.mock.calls.map(([el]) => el.textContent)).toEqual(['Bench']);
    } finally {
      styles.mockRestore();
    }
  });
});

/** The finds a reader of these runs keeps: in a part of a block, only those the part owns. */
const owned = (runs: TextRun[]) =>
  runs.flatMap((run) =>
    matcher
      .findMatches(run.text)
      .filter((m) => !run.owns || (m.start >= run.owns.from && m.start < run.owns.to))
      .map((m) => run.text.slice(m.start, m.end).replace(/\s+/g, ' ')),
  );

describe('a huge block is read in parts', () => {
  it('a paragraph of 4,000 inline elements comes in resumable parts, each name found once', () => {
    const words = Array.from({ length: 4000 }, (_, i) => `<span>w${i}</span> `);
    // Names in single elements, across two elements, and a near-miss that only a later element completes.
    for (const at of [5, 511, 512, 1023, 2500, 3990]) words[at] = '<b>Muse</b> <i>Spark</i> ';
    words[2048] = '<span>GPT-5.4</span> ';
    words[3000] = '<span>Muse Spark</span><span>le</span> ';
    const body = page(`<p>${words.join('')}</p>`);
    const items = [...readTextRuns(body, quick)];
    // Somewhere to stop and resume every 512 text nodes at most (8,000 here), not one step for the block.
    expect(items.filter((i) => i.kind === 'run' || i.kind === 'progress').length).toBeGreaterThanOrEqual(15);
    const runs = runsOf(items);
    expect(runs.every((r) => r.segments.length <= 512)).toBe(true);
    expect(owned(runs)).toEqual([
      'Muse Spark',
      'Muse Spark',
      'Muse Spark',
      'Muse Spark',
      'GPT-5.4',
      'Muse Spark',
      'Muse Spark',
    ]);
  });

  it('property: wherever a name falls against the parts’ edges, it is found exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 590 }), fc.constantFrom('a', 'b', 'c', 'd'), (at, shape) => {
        // 600 words, two text nodes each: parts end near words 256 and 512, and a name may sit on either edge.
        // The words touch ("x" then "x"), as a table's figures or Chinese text do, so every join is tested.
        const words = Array.from({ length: 600 }, () => '<span>x</span>');
        const shapes: Record<typeof shape, [html: string, name: string]> = {
          a: [' Muse Spark ', 'Muse Spark'],
          b: [' <b>Mu</b><b>se</b> <i>Spark</i> ', 'Muse Spark'],
          c: [' <i>ARC</i>-<b>AGI</b>-2 ', 'ARC-AGI-2'],
          // The longest first word, split where the sieve's runs of children may end.
          d: [' <b>LiveCode</b><b>Bench</b> <i>Pro</i> ', 'LiveCodeBench Pro'],
        };
        const [html, name] = shapes[shape];
        words[at] = html;
        const runs = runsOf(readTextRuns(page(`<p>${words.join('')}</p>`), quick));
        expect(owned(runs)).toEqual([name]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
