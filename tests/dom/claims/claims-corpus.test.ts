/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { PageMarker } from '../../../lib/marker/page-marker';
import { isOwnUi } from '../../../lib/card/ui-host';
import { claimFinder } from '../../../lib/claims/dom-tables';
import { attributed, heldOut, sentences as tuned, tables, type CorpusItem } from '../../fixtures/claims-corpus';

const sentences = [...tuned, ...heldOut];
const everything = [...sentences, ...tables, ...attributed];

let marker: PageMarker | undefined;
afterEach(() => marker?.stop());

/** Each item's claims, marked once: the measures below all read the same marking. */
const marked = new Map<CorpusItem, string[]>();

/** What the extension marks as claims on a page holding just this item, in the corpus's terms. */
function claimsFound(item: CorpusItem): string[] {
  let found = marked.get(item);
  if (!found) marked.set(item, (found = markClaims(item)));
  return found;
}

function markClaims(item: CorpusItem): string[] {
  document.body.innerHTML = `<main><article>${item.html}</article></main>`;
  marker = new PageMarker({ window: window as unknown as Window & typeof globalThis, isOwnUi, claimFinder });
  marker.start();
  marker.flushNow();
  const out = marker
    .visibleMentions()
    .flatMap((m) => (m.claim ? [[m.claim.model, m.claim.benchmark, m.text, m.claim.verdict].join(' | ')] : []));
  marker.stop();
  return out;
}

/**
 * What a careful reader checks beyond precision and recall: every "differs" is right, matches are found,
 * and no figure is given to the wrong model or benchmark (a found claim on a figure the labels give to
 * another pair, or on a figure the labels give to no one, naming a model).
 */
function attribution(items: CorpusItem[]) {
  let differsFound = 0;
  let differsRight = 0;
  let matchesExpected = 0;
  let matchesFound = 0;
  const errors: string[] = [];
  for (const item of items) {
    const got = claimsFound(item);
    const want = item.claims.map((c) => c.join(' | '));
    for (const g of got) {
      const [model, benchmark, printed, verdict] = g.split(' | ');
      if (verdict === 'differs') {
        differsFound++;
        if (want.includes(g)) differsRight++;
      }
      const sameFigure = item.claims.filter((c) => c[2] === printed);
      if (sameFigure.length && !sameFigure.some((c) => c[0] === model && c[1] === benchmark)) {
        errors.push(`${g}  in  ${item.html.slice(0, 90)}`);
      }
    }
    for (const w of item.claims.filter((c) => c[3].startsWith('matches'))) {
      matchesExpected++;
      if (got.includes(w.join(' | '))) matchesFound++;
    }
  }
  return {
    differsPrecision: differsFound ? differsRight / differsFound : 1,
    matchesRecall: matchesExpected ? matchesFound / matchesExpected : 1,
    errors,
  };
}

function score(items: CorpusItem[]) {
  let truePositives = 0;
  let found = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const item of items) {
    const got = claimsFound(item);
    const want = item.claims.map((c) => c.join(' | '));
    const right = got.filter((g) => want.includes(g));
    truePositives += right.length;
    found += got.length;
    expected += want.length;
    for (const g of got) if (!want.includes(g)) misses.push(`wrong: ${g}  in  ${item.html.slice(0, 90)}`);
    for (const w of want) if (!got.includes(w)) misses.push(`missed: ${w}  in  ${item.html.slice(0, 90)}`);
  }
  return {
    precision: found ? truePositives / found : 1,
    recall: expected ? truePositives / expected : 1,
    truePositives,
    found,
    expected,
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('the claim check on a labelled corpus of coverage', () => {
  it('is large and varied enough to mean something', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    const styles = new Set(sentences.map((s) => s.style));
    expect([...styles].sort()).toEqual(['analysis', 'blog', 'live', 'wire']);
    // Traps as well as claims, and every verdict.
    expect(sentences.filter((s) => s.claims.length === 0).length).toBeGreaterThanOrEqual(12);
    const verdicts = new Set(everything.flatMap((s) => s.claims.map((c) => c[3])));
    expect([...verdicts].sort()).toEqual(['differs', 'matches', 'matches-outlets', 'unlisted']);
    expect(attributed.length).toBeGreaterThanOrEqual(10);
  });

  it('finds claims with precision ≥ 0.95 and recall ≥ 0.8 (prints both)', () => {
    const all = score(everything);
    const inferred = score(attributed);
    const prose = score(sentences);
    const inTables = score(tables);
    const held = score(heldOut);
    console.log(
      [
        `claim check: precision ${pct(all.precision)} (${all.truePositives}/${all.found}), ` +
          `recall ${pct(all.recall)} (${all.truePositives}/${all.expected})`,
        `  prose: precision ${pct(prose.precision)}, recall ${pct(prose.recall)} over ${sentences.length} sentences`,
        `  held out (added untuned): precision ${pct(held.precision)}, recall ${pct(held.recall)} over ${heldOut.length} sentences`,
        `  tables: precision ${pct(inTables.precision)}, recall ${pct(inTables.recall)} over ${tables.length} tables`,
        `  attributed from context: precision ${pct(inferred.precision)}, recall ${pct(inferred.recall)} over ${attributed.length} items`,
        ...all.misses.map((m) => `  ${m}`),
      ].join('\n'),
    );
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('"differs" precision 1.0, matches recall ≥ 0.9, and no figure given to the wrong model (prints all three)', () => {
    const a = attribution(everything);
    console.log(
      [
        `claim check: "differs" precision ${pct(a.differsPrecision)}, matches recall ${pct(a.matchesRecall)}, ` +
          `attribution errors ${a.errors.length}`,
        ...a.errors.map((e) => `  wrong owner: ${e}`),
      ].join('\n'),
    );
    expect(a.differsPrecision).toBe(1);
    expect(a.matchesRecall).toBeGreaterThanOrEqual(0.9);
    expect(a.errors).toEqual([]);
  });

  it('never calls a correct figure wrong: no "differs" that the labels do not give', () => {
    const wrongDiffers = score(everything).misses.filter((m) => m.startsWith('wrong:') && m.includes('| differs'));
    expect(wrongDiffers).toEqual([]);
  });
});
