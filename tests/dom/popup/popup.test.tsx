/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScoreTable } from '../../../components/shared/ScoreTable';
import { SettingsPanel } from '../../../components/popup/SettingsPanel';
import { MentionList } from '../../../components/popup/MentionList';
import { Briefing, KeyPoints } from '../../../components/shared/Briefing';
import { defaultSettings } from '../../../lib/extension/settings';
import { scores } from '../../../data/scores';
import { article } from '../../../data/article';

function mount(vnode: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(vnode, el);
  return el;
}
afterEach(() => {
  document.body.innerHTML = '';
});

const table = () => mount(<ScoreTable />).querySelector('table')!;

describe('score table', () => {
  it('is a real table: caption, column headers with scope, a row header per benchmark', () => {
    const t = table();
    expect(t.querySelector('caption')?.textContent).toContain('Launch-chart scores');
    expect(t.querySelector('caption')?.textContent).toContain('8 April 2026');
    expect([...t.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).toEqual([
      'Benchmark',
      'Muse Spark',
      'Claude Opus 4.6 Max',
      'Gemini 3.1 Pro High',
      'GPT 5.4',
      'Grok 4.2',
    ]);
    expect([...t.querySelectorAll('th[scope="row"]')].map((th) => th.textContent)).toEqual([
      'CharXiv Reasoning',
      'MMMU Pro',
      'SimpleVQA',
      'HealthBench Hard',
      'ARC AGI 2',
      '† ARC AGI 2, as outlets report it',
      'LiveCodeBench Pro',
    ]);
    expect([...t.querySelectorAll('th[scope="colgroup"]')].map((th) => th.textContent)).toEqual([
      'Multimodal',
      'Health',
      'Reasoning',
      'Coding',
    ]);
  });

  it('shows every figure of the article, each once', () => {
    const figures = [...table().querySelectorAll('tr:not(.outlet-tier) .figure')].map((f) => f.firstChild?.textContent);
    const expected = scores.flatMap((s) => (s.kind === 'figure' ? [s.value.toFixed(1)] : []));
    expect(figures.sort()).toEqual(expected.sort());
  });

  it('shows the figures outlets report in a row of their own, marked †, explained in the caption, never starred', () => {
    const t = table();
    const outletRow = t.querySelector('tr.outlet-tier')!;
    expect(outletRow.previousElementSibling?.querySelector('th')?.textContent).toBe('ARC AGI 2');
    const cells = [...outletRow.querySelectorAll('td')].map((td) => td.textContent?.trim());
    // A lone missing figure is a dash on screen and "not reported" to assistive technology.
    expect(cells).toEqual(['42.5', '—not reported', '76.5', '76.1', '—not reported']);
    expect(outletRow.querySelector('td.not-reported [aria-hidden="true"]')?.textContent).toBe('—');
    expect(outletRow.querySelectorAll('.star')).toHaveLength(0);
    expect(t.querySelector('caption')?.textContent).toContain(
      '† Reported by outlets after the launch; not in the launch article.',
    );
  });

  it('stars the best figure per row, in words for screen readers, and emphasises Muse Spark', () => {
    const t = table();
    const best = [...t.querySelectorAll('td.best')].map((td) => td.closest('tr')!.querySelector('th')!.textContent);
    expect(best).toEqual(['CharXiv Reasoning', 'HealthBench Hard']);
    expect(t.querySelectorAll('.star[aria-label="best"]')).toHaveLength(2);
    expect(
      [...t.querySelectorAll('tr:not(.outlet-tier) td.muse')].map((td) => td.textContent?.replace(/\s*★/, '')),
    ).toEqual(['86.4', '80.4', '71.3', '42.8']);
  });

  it('labels missing figures and gives the two statements', () => {
    const t = table();
    const row = (name: string) =>
      [...t.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === name)!;
    const missing = row('MMMU Pro').querySelector('.not-reported')!;
    expect(missing.textContent?.trim()).toBe('not reported');
    expect(missing.getAttribute('colspan')).toBe('4');
    expect(row('ARC AGI 2').textContent).toContain('finishes behind Gemini 3.1 Pro and GPT 5.4');
    expect(row('LiveCodeBench Pro').textContent).toContain('finishes behind GPT 5.4');
  });
});

describe('briefing', () => {
  it('title, launch date, outlets, summary and key points', () => {
    const el = mount(
      <>
        <Briefing />
        <KeyPoints />
      </>,
    );
    expect(el.querySelector('h1')?.textContent).toBe(article.title);
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2026-04-08');
    expect(el.textContent).toContain('8 April 2026');
    expect(el.textContent).toContain('Reuters, Axios, The Verge, Business Insider');
    expect(el.querySelectorAll('.key-points li')).toHaveLength(article.keyPoints.length);
  });
});

const labelled = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;

describe('settings panel', () => {
  it('each switch sends the whole new settings', () => {
    const onChange = vi.fn();
    const el = mount(<SettingsPanel settings={defaultSettings} hostname="news.example" onChange={onChange} />);
    labelled(el, 'Pause everywhere').click();
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultSettings, paused: true });
    labelled(el, 'Off on news.example').click();
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultSettings, disabledSites: ['news.example'] });
    labelled(el, 'Rival models').click();
    expect(onChange).toHaveBeenLastCalledWith({
      ...defaultSettings,
      categories: { ...defaultSettings.categories, model: false },
    });
  });

  it('shows the site switch only where there is a site, reflecting the stored state', () => {
    const el = mount(
      <SettingsPanel
        settings={{ ...defaultSettings, disabledSites: ['news.example'] }}
        hostname="news.example"
        onChange={vi.fn()}
      />,
    );
    expect(labelled(el, 'Off on news.example').checked).toBe(true);
    const none = mount(<SettingsPanel settings={defaultSettings} hostname={null} onChange={vi.fn()} />);
    expect(none.textContent).not.toContain('Off on');
  });
});

describe('this page', () => {
  const page = {
    mentions: [
      { termId: 'gpt-5-4', name: 'GPT 5.4', category: 'model' as const, count: 2 },
      { termId: 'muse-spark', name: 'Muse Spark', category: 'muse' as const, count: 5 },
    ],
    total: 7,
    claims: [],
    capped: false,
    active: true,
    hostname: 'news.example',
  };

  it('lists terms by kind with counts; a click asks to go there', () => {
    const onReveal = vi.fn();
    const el = mount(<MentionList state={{ kind: 'ready', tabId: 1, page }} onReveal={onReveal} onTurnOn={vi.fn()} />);
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Muse Spark', 'Rival models']);
    expect([...el.querySelectorAll('button.mention')].map((b) => b.textContent)).toEqual(['Muse Spark5', 'GPT 5.42']);
    expect(el.textContent).toContain('7 mentions on this page');
    (el.querySelectorAll('button.mention')[1] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('gpt-5-4', 0);
  });

  it('lists the figures checked against the chart, differing ones counted first, each going to its figure', () => {
    const onReveal = vi.fn();
    const claims = [
      {
        model: 'muse-spark',
        benchmark: 'healthbench-hard',
        printed: '42.1%',
        value: 42.1,
        verdict: 'differs',
        chart: 42.8,
        rounded: false,
        outlet: null,
        modelGuessed: false,
      },
      {
        model: 'gpt-5-4',
        benchmark: 'healthbench-hard',
        printed: '40',
        value: 40,
        verdict: 'matches',
        chart: 40.1,
        rounded: true,
        outlet: null,
        modelGuessed: false,
      },
      {
        model: 'gpt-5-4',
        benchmark: 'mmmu-pro',
        printed: '79.9',
        value: 79.9,
        verdict: 'unlisted',
        chart: null,
        rounded: false,
        outlet: null,
        modelGuessed: false,
      },
      {
        model: 'muse-spark',
        benchmark: 'arc-agi-2',
        printed: '42.5',
        value: 42.5,
        verdict: 'matches-outlets',
        chart: null,
        rounded: false,
        outlet: 42.5,
        modelGuessed: false,
      },
    ] as const;
    const el = mount(
      <MentionList
        state={{ kind: 'ready', tabId: 1, page: { ...page, claims: [...claims] } }}
        onReveal={onReveal}
        onTurnOn={vi.fn()}
      />,
    );
    const section = el.querySelector('section[aria-label="Figures checked against the launch chart"]')!;
    expect(section.textContent).toContain('4 figures on this page, 1 differs from the launch chart.');
    const rows = [...section.querySelectorAll('button.mention')];
    expect(rows.map((b) => b.textContent)).toEqual([
      'Muse Spark · HealthBench Hard: 42.1%chart 42.8, 0.7 lower than the chart≠',
      'GPT 5.4 · HealthBench Hard: 40chart 40.1, rounded✓',
      'GPT 5.4 · MMMU Pro: 79.9the chart gives no figure?',
      'Muse Spark · ARC AGI 2: 42.5no chart figure; outlets report 42.5 (not in the launch article)✓†',
    ]);
    // The verdict is named in words for assistive technology, not only by colour and sign.
    expect(rows.map((b) => b.querySelector('.verdict')!.getAttribute('aria-label'))).toEqual([
      'Differs from the launch chart',
      'Matches the launch chart',
      'Not in the launch chart',
      'Matches outlet reports',
    ]);
    (rows[2] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('claim', 2);
  });

  it('says when there is nothing, when marks are off, when the cap was hit, and where extensions cannot run', () => {
    const empty = mount(
      <MentionList
        state={{ kind: 'ready', tabId: 1, page: { ...page, mentions: [], total: 0 } }}
        onReveal={vi.fn()}
        onTurnOn={vi.fn()}
      />,
    );
    expect(empty.textContent).toContain('Nothing here mentions Muse Spark');
    const onTurnOn = vi.fn();
    const off = mount(
      <MentionList
        state={{ kind: 'ready', tabId: 1, page: { ...page, active: false } }}
        onReveal={vi.fn()}
        onTurnOn={onTurnOn}
      />,
    );
    expect(off.textContent).toContain('Marks are off on news.example');
    off.querySelector('button')!.click();
    expect(onTurnOn).toHaveBeenCalled();
    const capped = mount(
      <MentionList
        state={{ kind: 'ready', tabId: 1, page: { ...page, capped: true } }}
        onReveal={vi.fn()}
        onTurnOn={vi.fn()}
      />,
    );
    expect(capped.textContent).toContain('marking stopped at the cap');
    const unavailable = mount(<MentionList state={{ kind: 'unavailable' }} onReveal={vi.fn()} onTurnOn={vi.fn()} />);
    expect(unavailable.textContent).toContain('Extensions can’t read this page');
  });
});
