import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchmarks } from '../../data/benchmarks';
import { models } from '../../data/models';
import { scores, statements } from '../../data/scores';
import { outletFigures } from '../../data/outlet-figures';
import { article } from '../../data/article';
import { keyTerms } from '../../data/key-terms';
import { termCatalogue } from '../../lib/text/terms';
import { variantPattern } from '../../lib/text/spellings';
import { messagesOf } from '../harness/locales';

/** The English words as the build ships them (locales/en.yml): the summaries and descriptions live there. */
const english = await messagesOf('en');

// The reference every bundled figure must equal: the facts sheet's score table, copied into the
// project so a clone with nothing beside it checks its data too.
const referencePath = fileURLToPath(new URL('../fixtures/launch-figures.md', import.meta.url));
// Beside a checkout the facts sheet and the seed article may be at hand: then the copy is checked
// against the sheet, and the prose against the article. Elsewhere those two checks say they were skipped.
const factsPath = fileURLToPath(new URL('../../../shared/facts.md', import.meta.url));
const seedPath = fileURLToPath(new URL('../../../shared/seed/muse-spark-launch-article.txt', import.meta.url));
const sharedMissing = !existsSync(factsPath) || !existsSync(seedPath);
if (sharedMissing) {
  console.log('Skipped: the checks against ../shared (facts sheet, seed article): no ../shared beside this clone.');
}

const cells = (l: string) =>
  l
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());

/** The first Markdown table in `path` whose header starts with "| benchmark |": its header and body rows. */
function readScoreTable(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\|\s*benchmark\s*\|/.test(l));
  const length = lines.slice(start).findIndex((l) => !l.startsWith('|'));
  const table = lines.slice(start, length === -1 ? undefined : start + length);
  return { header: cells(table[0]!), rows: table.slice(2).map(cells) };
}

const norm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');

/** The outlet tier's table: benchmark, model, figure, and how many outlets print it (the leading count). */
function readOutletTable(path: string): string[][] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\|\s*benchmark\s*\|\s*model\s*\|\s*figure\s*\|/.test(l));
  const length = lines.slice(start).findIndex((l) => !l.startsWith('|'));
  return lines
    .slice(start + 2, length === -1 ? undefined : start + length)
    .map(cells)
    .map(([benchmark, model, figure, outlets]) => [benchmark!, model!, figure!, /^\d+/.exec(outlets ?? '')?.[0] ?? '']);
}

const modelNamed = (name: string) => models.find((m) => norm(m.name) === norm(name.replace(/[()]/g, '')));

describe('bundled scores equal the reference table, figure for figure', () => {
  const { header, rows } = readScoreTable(referencePath);

  it.skipIf(sharedMissing)("the reference table is still the facts sheet's table, cell for cell", () => {
    expect(readScoreTable(factsPath)).toEqual({ header, rows });
  });
  const modelColumns = header.slice(1);

  it('the table lists the six benchmarks and five models we bundle', () => {
    expect(rows.map((r) => norm(r[0]!))).toEqual(benchmarks.map((b) => norm(b.name)));
    expect(modelColumns.map(norm)).toEqual(models.map((m) => norm(m.name)));
  });

  for (const row of rows) {
    const benchmark = benchmarks.find((b) => norm(b.name) === norm(row[0]!))!;
    modelColumns.forEach((column, i) => {
      const model = models.find((m) => norm(m.name) === norm(column))!;
      const cell = row[i + 1] ?? '';
      it(`${benchmark.name} · ${model.name}: ${cell || '(no figure)'}`, () => {
        const score = scores.find((s) => s.benchmark === benchmark.id && s.model === model.id);
        expect(score, 'every cell has a bundled score entry').toBeDefined();
        const figure = /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : null;
        if (figure !== null) expect(score).toMatchObject({ kind: 'figure', value: figure });
        else expect(score?.kind, `"${cell}" is not a figure, so none is bundled`).toBe('not-reported');
      });
    });
  }

  it.skipIf(sharedMissing)("the outlet tier is still the facts sheet's, figure and count", () => {
    expect(readOutletTable(factsPath)).toEqual(readOutletTable(referencePath));
  });

  it('the outlet tier is bundled figure for figure, only where the article gives no figure', () => {
    const reference = readOutletTable(referencePath);
    expect(reference.length).toBeGreaterThan(0);
    const bundled = outletFigures.map((o) => [o.benchmark, o.model, o.value, o.outlets]);
    const expected = reference.map(([benchmark, model, figure, outlets]) => [
      benchmarks.find((b) => norm(b.name) === norm(benchmark!))?.id,
      modelNamed(model!)?.id,
      Number(figure),
      Number(outlets),
    ]);
    expect(bundled).toEqual(expected);
    for (const o of outletFigures) {
      const cell = scores.find((s) => s.model === o.model && s.benchmark === o.benchmark);
      expect(cell?.kind, `${o.model} on ${o.benchmark} has an article figure`).toBe('not-reported');
    }
  });

  it('every statement row of the table has its statement, naming the models ahead', () => {
    const statementRows = rows.filter((r) => r[1]?.startsWith('no figure'));
    expect(statementRows.map((r) => norm(r[0]!))).toEqual(
      statements.map((s) => norm(benchmarks.find((b) => b.id === s.benchmark)!.name)),
    );
    for (const s of statements) {
      const row = statementRows.find((r) => norm(r[0]!) === norm(benchmarks.find((b) => b.id === s.benchmark)!.name))!;
      for (const id of s.ahead) {
        const name = models.find((m) => m.id === id)!.variants.at(-1)!;
        expect(norm(row[1]!)).toContain(norm(name).replace(/ (high|max)$/, ''));
      }
    }
  });
});

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .match(/[\p{L}\p{N}.']+/gu) ?? [];

describe('data integrity', () => {
  it('every score names a known model and benchmark, once, within 0–100', () => {
    const seen = new Set<string>();
    for (const s of scores) {
      expect(models.some((m) => m.id === s.model)).toBe(true);
      expect(benchmarks.some((b) => b.id === s.benchmark)).toBe(true);
      const key = `${s.model}/${s.benchmark}`;
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
      if (s.kind === 'figure') {
        expect(s.value).toBeGreaterThanOrEqual(0);
        expect(s.value).toBeLessThanOrEqual(100);
      }
    }
    expect(seen.size).toBe(models.length * benchmarks.length);
  });

  it('no two terms share a spelling variant, even after case and separators are folded', () => {
    const owner = new Map<string, string>();
    for (const t of termCatalogue) {
      for (const v of t.variants) {
        const key = norm(v).replace(/["()]/g, '');
        expect(owner.get(key) ?? t.id, `"${v}" is claimed by ${owner.get(key)} and ${t.id}`).toBe(t.id);
        owner.set(key, t.id);
        // And no variant of one term matches, whole, a variant of another.
        for (const other of termCatalogue) {
          if (other.id === t.id) continue;
          for (const ov of other.variants) {
            expect(new RegExp(`^${variantPattern(v)}$`, 'iu').test(ov), `${v} matches ${ov}`).toBe(false);
          }
        }
      }
    }
  });

  it('the article has a title, the launch date, its outlets, a summary and 5–8 key points', () => {
    expect(english.article_title!.message).toMatch(/Muse Spark/);
    expect(article.launchDate).toBe('2026-04-08');
    expect(english.article_launchDate!.message).toBe('8 April 2026');
    for (const outlet of ['Reuters', 'Axios', 'The Verge', 'Business Insider']) {
      expect(english.article_outlets!.message).toContain(outlet);
    }
    expect(english.article_summary!.message.split(/(?<=\.)\s/).length).toBeGreaterThanOrEqual(2);
    const points = Object.keys(english).filter((k) => k.startsWith('article_keyPoints_'));
    expect(points.length).toBeGreaterThanOrEqual(5);
    expect(points.length).toBeLessThanOrEqual(8);
  });

  it('benchmarks and key terms are described, with a category and a maker', () => {
    for (const b of benchmarks) {
      const key = `benchmark_${b.id.replaceAll('-', '_')}`;
      expect(['multimodal', 'health', 'reasoning', 'coding']).toContain(b.category);
      expect(english[`${key}_measures`]!.message.length).toBeGreaterThan(40);
      expect(english[`${key}_brief`]!.message.length).toBeGreaterThan(10);
      expect(english[`${key}_madeBy`]!.message).not.toBe('');
    }
    for (const s of statements) expect(english[`statement_${s.benchmark.replaceAll('-', '_')}`]).toBeDefined();
    expect(keyTerms.map((k) => k.name.toLowerCase())).toEqual(
      expect.arrayContaining([
        'meta superintelligence labs',
        'thinking mode',
        'contemplating mode',
        'personal superintelligence',
        'advanced ai scaling framework',
        'evaluation awareness',
      ]),
    );
    for (const k of keyTerms) {
      expect(english[`keyterm_${k.id.replaceAll('-', '_')}_name`]!.message).toBe(k.name);
      expect(english[`keyterm_${k.id.replaceAll('-', '_')}_explanation`]!.message.length).toBeGreaterThan(40);
    }
  });

  it.skipIf(sharedMissing)('prose is our own: no run of eight words is copied from the article', () => {
    const seed = readFileSync(seedPath, 'utf8');
    const seedWords = words(seed);
    const shingles = new Set(seedWords.map((_, i) => seedWords.slice(i, i + 8).join(' ')));
    // Every English message: the summary, key points, descriptions, statements and the interface alike.
    const prose = Object.values(english).map((m) => m.message);
    for (const text of prose) {
      const w = words(text);
      for (let i = 0; i + 8 <= w.length; i++) expect(shingles.has(w.slice(i, i + 8).join(' ')), text).toBe(false);
    }
  });
});
