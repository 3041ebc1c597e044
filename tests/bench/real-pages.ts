/**
 * Pages shaped like real sites, for the benchmark's real-page set: the structures that made real pages
 * cost more than the synthetic articles (issue 31): a long comment thread, one paragraph of thousands of
 * inline elements, a table of hundreds of rows, a page that is mostly navigation, a page of nine text
 * nodes, right-to-left and CJK articles, and a live blog that appends 40 posts at once every 100 ms.
 * Deterministic, so every run reads the same pages.
 */
import { inlineBlockPage, paragraph, STREAM_STARTS } from './pages';

/** Site chrome as news sites have it: a header with a menu, a cookie bar, a footer of link columns. */
function siteShell(title: string, main: string, opts: { lang?: string; dir?: string; script?: string } = {}): string {
  const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="#s${i}">Section ${i + 1}</a></li>`).join('');
  const footer = Array.from(
    { length: 4 },
    (_, c) =>
      `<div class="col"><h4>Column ${c + 1}</h4><ul>${Array.from({ length: 10 }, (_unused, i) => `<li><a href="#f${c}-${i}">Footer link ${i + 1}</a></li>`).join('')}</ul></div>`,
  ).join('');
  return `<!doctype html><html lang="${opts.lang ?? 'en'}" dir="${opts.dir ?? 'ltr'}"><head><meta charset="utf-8"><title>${title}</title>
<style>
body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#222}
header{display:flex;gap:24px;align-items:center;padding:12px 24px;border-bottom:1px solid #ddd}
header ul{display:flex;gap:14px;list-style:none;margin:0;padding:0}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:12px}
main{max-width:760px;margin:24px auto;padding:0 16px}
footer{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;padding:24px;background:#f4f4f4}
.comment{display:flex;gap:10px;margin:10px 0}.comment .avatar{width:32px;height:32px;border-radius:50%;background:#ccc;flex:none}
.comment .meta{display:flex;gap:8px;font-size:13px;color:#666}.replies{margin-left:36px}
.actions{display:flex;gap:10px;font-size:13px}.actions button{background:none;border:0;color:#06c}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px}
.post{border-top:1px solid #ddd;padding:12px 0}.post time{color:#666;font-size:13px}
</style></head>
<body><header><a href="/" class="logo">The Daily Circuit</a><nav><ul>${menu}</ul></nav><button>Subscribe</button></header>
<main>${main}</main>
<footer>${footer}</footer>
<div class="cookie">We use cookies. <button>Accept</button> <button>Settings</button></div>
${opts.script ?? ''}</body></html>`;
}

/** A comment thread of `count` comments, each with its own header and actions, replies nested. */
export function commentThreadPage(count: number): string {
  const comment = (i: number, depth: number): string => {
    const replies = depth < 2 && i % 3 === 0 ? `<div class="replies">${comment(i * 7 + 1, depth + 1)}</div>` : '';
    return `<div class="comment"><div class="avatar"></div><div><div class="meta"><a href="#u${i}">reader${i}</a><time>${(i % 23) + 1} hours ago</time></div>
${paragraph(i, i % 25 === 0)}<div class="actions"><button>Reply</button><button>Like ${i % 17}</button><button>Share</button></div>${replies}</div></div>`;
  };
  const thread = Array.from({ length: count }, (_, i) => comment(i, 0)).join('\n');
  return siteShell(
    'Comments: Meta’s new model',
    `<article><h1>Readers react</h1>${paragraph(0, true)}</article><section>${thread}</section>`,
  );
}

/** One paragraph of `elements` inline elements (a list of names run together), on a site with its chrome. */
export function hugeInlineParagraphPage(elements: number): string {
  return inlineBlockPage(elements);
}

/** A results table of `rows` rows, the benchmark names in some of its cells and figures beside them. */
export function bigTablePage(rows: number): string {
  const names = ['HealthBench Hard', 'MMMU Pro', 'SimpleVQA', 'an older test', 'a private suite', 'CharXiv Reasoning'];
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<tr><td>${i + 1}</td><td><a href="#m${i}">Model ${i}</a></td><td>${i % 20 === 0 ? names[i % names.length] : `Task ${i % 37}`}</td><td>${((i * 37) % 1000) / 10}</td><td>${(i * 13) % 97}</td><td>2026-0${(i % 9) + 1}-1${i % 10}</td></tr>`,
  ).join('');
  return siteShell(
    'Leaderboard',
    `<h1>Leaderboard</h1><p>Every result we track, including Muse Spark.</p><table><thead><tr><th>#</th><th>Model</th><th>Benchmark</th><th>Score</th><th>Votes</th><th>Date</th></tr></thead><tbody>${body}</tbody></table>`,
  );
}

/** A page that is mostly navigation: a mega-menu of 300 links, a short article, related-link lists. */
export function navHeavyPage(): string {
  const mega = Array.from(
    { length: 15 },
    (_, c) =>
      `<div><h3>Topic ${c + 1}</h3><ul>${Array.from({ length: 20 }, (_unused, i) => `<li><a href="#t${c}-${i}">Story ${c}.${i}</a></li>`).join('')}</ul></div>`,
  ).join('');
  const related = Array.from({ length: 60 }, (_, i) => `<li><a href="#r${i}">Related story ${i + 1}</a></li>`).join('');
  return siteShell(
    'Section front',
    `<nav class="mega">${mega}</nav><article><h1>Briefly</h1>${paragraph(3, false)}${paragraph(4, false)}</article><aside><ul>${related}</ul></aside>`,
  );
}

/** Nine text nodes: a page that says almost nothing, and names nothing. */
export function nineTextNodesPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Short</title></head><body>
<h1>Short</h1><p>One line.</p><p>Another <a href="#a">line</a></p><p>Third <b>bold</b> and <i>italic</i>.</p></body></html>`.replace(
    /\n/g,
    '',
  );
}

const ARABIC =
  'قالت الشركة إن النموذج الجديد يعمل على الهاتف والويب وسيصل قريبا إلى تطبيقات المراسلة والنظارات الذكية مع خطة تدريجية للمستخدمين في الأشهر المقبلة';
const CHINESE =
  '公司表示新模型已经在手机应用和网页上线并将逐步扩展到即时通讯应用和智能眼镜分析人士认为这次发布是一次可信的重新起步但并不是明显的领先';

/** A right-to-left Arabic article with the names in Latin script, as Arabic coverage prints them. */
export function rtlArticlePage(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>${ARABIC} ${i % 10 === 0 ? 'Muse Spark' : ''} <a href="#a${i}">${ARABIC.slice(0, 20)}</a> ${ARABIC}</p>`,
  ).join('');
  return siteShell('تقرير', `<article><h1>تقرير</h1>${body}</article>`, { lang: 'ar', dir: 'rtl' });
}

/** A Chinese article, names in Latin script with no spaces around them, as Chinese coverage prints them. */
export function cjkArticlePage(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>${CHINESE}${i % 10 === 0 ? 'Muse Spark在HealthBench Hard上' : ''}<a href="#c${i}">${CHINESE.slice(0, 12)}</a>${CHINESE}</p>`,
  ).join('');
  return siteShell('报道', `<article><h1>报道</h1>${body}</article>`, { lang: 'zh' });
}

/** A live blog post: a header with its time and author, two paragraphs, a share row. */
function post(i: number, mention: boolean): string {
  return `<article class="post"><header><time>${i} min ago</time> <a href="#a${i % 5}">Reporter ${i % 5}</a></header>
<h2>Update ${i}</h2>${paragraph(2000 + i, mention)}${paragraph(3000 + i, false)}<div class="actions"><button>Share</button><button>Copy link</button></div></article>`;
}

/** A live blog under heavy load: 40 posts appended at once every 100 ms, for 3 s; one post in ten names something. */
export function liveBurstPage(): string {
  const batches = Array.from({ length: 30 }, (_, b) =>
    Array.from({ length: 40 }, (_unused, i) => post(b * 40 + i, (b * 40 + i) % 10 === 0)).join(''),
  );
  const script = `<script>
    const batches = ${JSON.stringify(batches)};
    let b = 0;
    const feed = document.querySelector('main');
    const timer = setInterval(() => {
      if (b >= batches.length) { clearInterval(timer); window.liveDone = true; return; }
      if (b === 0) console.timeStamp('${STREAM_STARTS}');
      feed.insertAdjacentHTML('afterbegin', batches[b++]);
    }, 100);
  </script>`;
  return siteShell('Live: the launch as it happens', `<h1>Live</h1>${post(0, true)}`, { script });
}

/** The real-page set: name → page, and whether it streams (waits for `window.liveDone`). */
export function realPages(): Record<string, { html: string; live: boolean }> {
  return {
    comments: { html: commentThreadPage(400), live: false },
    'inline-10k': { html: hugeInlineParagraphPage(10_000), live: false },
    table: { html: bigTablePage(600), live: false },
    nav: { html: navHeavyPage(), live: false },
    tiny: { html: nineTextNodesPage(), live: false },
    rtl: { html: rtlArticlePage(300), live: false },
    cjk: { html: cjkArticlePage(300), live: false },
    'live-burst': { html: liveBurstPage(), live: true },
  };
}
