import { describe, expect, it } from 'vitest';
import { scoreTableCsv, scoreTableMarkdown } from '../../../lib/scores/export';
import { scores } from '../../../data/scores';
import { claimSentence } from '../../../components/shared/wording';

/** A minimal RFC 4180 reader, to read the CSV back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the score table to take away', () => {
  it('as Markdown: a header, a row per benchmark with every figure, the † row apart, and the source', () => {
    const md = scoreTableMarkdown().split('\n');
    expect(md[0]).toBe('| Benchmark | Muse Spark | Claude Opus 4.6 Max | Gemini 3.1 Pro High | GPT 5.4 | Grok 4.2 |');
    expect(md[1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: |');
    expect(md).toContain('| CharXiv Reasoning | 86.4 | 65.3 | 80.2 | 82.8 | 60.9 |');
    expect(md).toContain('| ARC AGI 2 | not reported | not reported | not reported | not reported | not reported |');
    expect(md).toContain('| ARC AGI 2 † (outlets) | 42.5 | not reported | 76.5 | 76.1 | not reported |');
    expect(md.find((l) => l.startsWith('Source:'))).toBe(
      "Source: Meta's launch chart, as covered, 8 April 2026. Higher is better; “not reported” means the article gives no figure. † Reported by outlets after the launch; not in the launch article.",
    );
  });

  it('as CSV: reads back to the same table, every article figure once, with the source as its last row', () => {
    const rows = parseCsv(scoreTableCsv());
    expect(rows[0]).toEqual([
      'Benchmark',
      'Muse Spark',
      'Claude Opus 4.6 Max',
      'Gemini 3.1 Pro High',
      'GPT 5.4',
      'Grok 4.2',
    ]);
    const article = rows.slice(1).filter((r) => r.length === 6 && !r[0]!.includes('†'));
    const figures = article.flatMap((r) => r.slice(1)).filter((v) => v !== 'not reported');
    expect(figures.sort()).toEqual(scores.flatMap((s) => (s.kind === 'figure' ? [s.value.toFixed(1)] : [])).sort());
    expect(rows.find((r) => r[0]!.includes('†'))).toEqual([
      'ARC AGI 2 † (outlets)',
      '42.5',
      'not reported',
      '76.5',
      '76.1',
      'not reported',
    ]);
    // The source line has commas of its own, so it is quoted, and stays one field.
    expect(rows.at(-1)).toHaveLength(1);
    expect(rows.at(-1)![0]).toMatch(/^Source: Meta's launch chart, as covered, 8 April 2026\./);
  });
});

const base = {
  model: 'gpt-5-4',
  benchmark: 'healthbench-hard',
  rounded: false,
  outlet: null,
  modelGuessed: false,
} as const;
const say = (claim: Parameters<typeof claimSentence>[0]) =>
  claimSentence(claim, 'HealthBench Hard', 'GPT 5.4', 'the chart, 8 April 2026');

describe('a claim as a sentence', () => {
  it('gives both figures, and names no model the page did not', () => {
    expect(say({ ...base, printed: '40.1', value: 40.1, verdict: 'matches', chart: 40.1 })).toBe(
      'This page gives GPT 5.4 40.1 on HealthBench Hard, as the launch chart does (40.1; the chart, 8 April 2026).',
    );
    expect(say({ ...base, printed: '40.1', value: 40.1, verdict: 'matches', chart: 40.1, modelGuessed: true })).toBe(
      'This page gives a figure of 40.1 on HealthBench Hard, as the launch chart does for GPT 5.4 (40.1; the chart, 8 April 2026).',
    );
    expect(say({ ...base, printed: '39%', value: 39, verdict: 'differs', chart: 40.1 })).toBe(
      "This page gives GPT 5.4 39% on HealthBench Hard; the launch chart gives 40.1, so the page's figure is 1.1 lower than the chart (the chart, 8 April 2026).",
    );
    expect(say({ ...base, printed: '12', value: 12, verdict: 'unlisted', chart: null })).toBe(
      'This page gives GPT 5.4 12 on HealthBench Hard; the launch chart gives no figure (the chart, 8 April 2026).',
    );
    expect(say({ ...base, printed: '76.1', value: 76.1, verdict: 'matches-outlets', chart: null, outlet: 76.1 })).toBe(
      'This page gives GPT 5.4 76.1 on HealthBench Hard; the launch chart gives no figure, and outlets report 76.1 (reported by outlets; not in the launch article).',
    );
  });
});
