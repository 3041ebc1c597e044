/** Generated news-like pages for the benchmark: long, huge, live, mention-free, and one huge inline block. */

import { MAX_MUTATION_DELAY_MS } from '../../lib/marker/change-tracker';

// AI news words among them: "Meta", "research" (which holds "arc"), "evaluation", "advanced", "thinking",
// "personal" and "simple" each begin a name, as they do on the pages the extension's readers read.
const WORDS = (
  'the report said that its analysts expected growth across several markets while company officials ' +
  'described a careful rollout plan for new products and services in the coming quarters with ' +
  'investors watching closely as rivals prepared their own announcements about platforms devices ' +
  'and software updates that could reshape how people work shop and communicate every day ' +
  'Meta research evaluation advanced models thinking personal simple March'
).split(' ');

const MENTIONS = [
  'Muse Spark',
  'CharXiv Reasoning',
  '<em>HealthBench</em> Hard',
  'ARC-AGI-2',
  'GPT-5.4',
  '<a href="#m">Muse</a> Spark',
  'Gemini 3.1 Pro (High)',
  'MMMU-Pro',
];

/**
 * A deterministic pseudo-random sequence, so every run reads the same pages. In 32-bit integer arithmetic
 * (`Math.imul`): in floating point the products lose their low bits, and with 64 words, a power of two, the
 * index came out 0 almost every time ("the the the research the the").
 */
function words(seed: number, count: number): string[] {
  let x = Math.imul(seed, 2654435761) >>> 0;
  return Array.from({ length: count }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return WORDS[(x >>> 16) % WORDS.length]!;
  });
}

/** About sixty words with a link and an emphasis, and a mention when asked. */
export function paragraph(i: number, withMention: boolean): string {
  const w = words(i + 1, 60);
  w[8] = `<a href="#p${i}">${w[8]}</a>`;
  w[30] = `<em>${w[30]}</em>`;
  if (withMention) w[20] = MENTIONS[i % MENTIONS.length]!;
  return `<p>${w.join(' ')}.</p>`;
}

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:720px;margin:24px auto;padding:0 16px}</style></head>
<body><main><article><h1>${title}</h1>${body}</article></main>${script}</body></html>`;
}

export function articlePage(paragraphs: number, mentionEvery: number | null): string {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    paragraph(i, mentionEvery !== null && i % mentionEvery === 0),
  ).join('\n');
  return shell(`Generated article, ${paragraphs} paragraphs`, body);
}

/**
 * One paragraph of `elements` inline elements, a name in every 100th: a list of people or products run
 * together in a single <p>, as some real pages have (one with 7,527 text nodes was seen).
 */
export function inlineBlockPage(elements: number): string {
  const items = Array.from({ length: elements }, (_, i) =>
    i % 100 === 50 ? `<a href="#n${i}">${MENTIONS[i % MENTIONS.length]}</a>` : `<span>${words(i, 2).join(' ')}</span>`,
  );
  return shell(`Generated page, one paragraph of ${elements} inline elements`, `<p>${items.join(', ')}</p>`);
}

/** The name of the trace mark the live blog makes as it appends its first post. */
export const STREAM_STARTS = 'live-stream-starts';

/**
 * How long a measurement waits after a live page's last post: a page that never stops changing has its
 * changes read after a back-off of up to `MAX_MUTATION_DELAY_MS`, and that last read is part of the stream.
 */
export const AFTER_STREAM_MS = MAX_MUTATION_DELAY_MS + 600;

/**
 * Starts short, then appends 40 paragraphs every 100 ms for 4 s, one in twenty with a mention (or,
 * with `mentions` false, none: a stream that names nothing, as most of a real live blog does).
 */
export function liveBlogPage(mentions = true): string {
  const batches = Array.from({ length: 40 }, (_, b) =>
    Array.from({ length: 40 }, (_unused, i) => paragraph(1000 + b * 40 + i, mentions && (b * 40 + i) % 20 === 0)).join(
      '',
    ),
  );
  const script = `<script>
    const batches = ${JSON.stringify(batches)};
    let b = 0;
    const feed = document.querySelector('article');
    const timer = setInterval(() => {
      if (b >= batches.length) { clearInterval(timer); window.liveDone = true; return; }
      // Marks the stream's start in a trace (a TimeStamp event): the benchmark splits script time there.
      if (b === 0) console.timeStamp('${STREAM_STARTS}');
      const div = document.createElement('div');
      div.innerHTML = batches[b++];
      feed.append(div);
    }, 100);
  </script>`;
  return shell('Generated live blog', paragraph(0, true), script);
}
