/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScoreTable } from '../../../components/shared/ScoreTable';
import { SettingsForm } from '../../../components/pages/SettingsForm';
import { PagePanel } from '../../../components/popup/PagePanel';
import { StatusBar } from '../../../components/popup/StatusBar';
import { Popup } from '../../../components/popup/Popup';
import { Briefing, KeyPoints } from '../../../components/shared/Briefing';
import { defaultSettings } from '../../../lib/extension/settings';
import { scores } from '../../../data/scores';

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
    expect(el.querySelector('h1')?.textContent).toBe(
      'Meta launches Muse Spark, the first model from Meta Superintelligence Labs',
    );
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2026-04-08');
    expect(el.textContent).toContain('8 April 2026');
    expect(el.textContent).toContain('Reuters, Axios, The Verge, Business Insider');
    expect(el.querySelectorAll('.key-points li')).toHaveLength(7);
    expect(el.querySelector('.key-points')?.textContent).toContain('CharXiv Reasoning (86.4)');
  });
});

const labelled = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;
const button = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

describe('settings form (the options page)', () => {
  it('each switch sends the whole new settings', () => {
    const onChange = vi.fn();
    const el = mount(<SettingsForm settings={defaultSettings} onChange={onChange} />);
    labelled(el, 'Pause').click();
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultSettings, paused: true });
    labelled(el, 'Rival models').click();
    expect(onChange).toHaveBeenLastCalledWith({
      ...defaultSettings,
      categories: { ...defaultSettings.categories, model: false },
    });
    labelled(el, 'Also in code blocks').click();
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultSettings, scanCode: true });
  });

  it('lists every site turned off, each with its own button to turn it back on', () => {
    const onChange = vi.fn();
    const settings = { ...defaultSettings, disabledSites: ['example.com', 'news.example.org'] };
    const el = mount(<SettingsForm settings={settings} onChange={onChange} />);
    expect([...el.querySelectorAll('.site-list li > span')].map((s) => s.textContent)).toEqual([
      'example.com',
      'news.example.org',
    ]);
    button(el, 'for news.example.org').click();
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultSettings, disabledSites: ['example.com'] });
    expect(mount(<SettingsForm settings={defaultSettings} onChange={vi.fn()} />).textContent).toContain('None.');
  });
});

describe('the popup’s status bar', () => {
  const props = { hostname: 'www.example.com', undoSite: null, onPause: vi.fn(), onSite: vi.fn(), onUndo: vi.fn() };

  it('while marks are on: "Pause everywhere" and "Off on this site"', () => {
    const el = mount(<StatusBar settings={defaultSettings} {...props} />);
    button(el, 'Pause everywhere').click();
    expect(props.onPause).toHaveBeenLastCalledWith(true);
    button(el, 'Off on this site').click();
    expect(props.onSite).toHaveBeenLastCalledWith(true);
  });

  it('paused reads as paused, and Resume undoes only that', () => {
    const el = mount(<StatusBar settings={{ ...defaultSettings, paused: true }} {...props} />);
    expect(el.textContent).toContain('Paused everywhere: no marks on any page.');
    expect(el.textContent).not.toContain('Off on');
    button(el, 'Resume').click();
    expect(props.onPause).toHaveBeenLastCalledWith(false);
  });

  it('off on this site (its registrable domain) reads as that, with its own button back', () => {
    const el = mount(<StatusBar settings={{ ...defaultSettings, disabledSites: ['example.com'] }} {...props} />);
    expect(el.textContent).toContain('Off on example.com: no marks on its pages.');
    expect(el.textContent).not.toContain('Paused');
    button(el, 'Turn on for example.com').click();
    expect(props.onSite).toHaveBeenLastCalledWith(false, 'example.com');
  });

  it('just after "Off on this site": an Undo', () => {
    const settings = { ...defaultSettings, disabledSites: ['example.com'] };
    const el = mount(<StatusBar settings={settings} {...props} undoSite="example.com" />);
    expect(el.textContent).toContain('Marks are off on example.com.');
    button(el, 'Undo').click();
    expect(props.onUndo).toHaveBeenCalled();
  });
});

const popup = () =>
  mount(
    <Popup
      page={{ kind: 'loading' }}
      status={null}
      onReveal={vi.fn()}
      onOpenBriefing={vi.fn()}
      onOpenOptions={vi.fn()}
      onCopy={vi.fn(async () => true)}
    />,
  );
const visiblePanels = (el: HTMLElement) =>
  [...el.querySelectorAll('[role="tabpanel"]')].filter((p) => !(p as HTMLElement).hidden).map((p) => p.id);

describe('the popup’s tabs', () => {
  it('opens on this page; the score table and the launch are a click away', () => {
    const el = popup();
    expect(visiblePanels(el)).toEqual(['panel-page']);
    // Every panel is in the page (the table too, for the first paint), only one shows.
    expect(el.querySelector('#panel-scores table')).not.toBeNull();
    act(() => button(el, 'Scores').click());
    expect(visiblePanels(el)).toEqual(['panel-scores']);
  });

  it('arrow keys, Home and End move between tabs, one tab stop', () => {
    const el = popup();
    const list = el.querySelector('[role="tablist"]')!;
    const key = (k: string) =>
      act(() => void list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    key('ArrowRight');
    expect(visiblePanels(el)).toEqual(['panel-scores']);
    key('End');
    expect(visiblePanels(el)).toEqual(['panel-launch']);
    key('ArrowRight');
    expect(visiblePanels(el)).toEqual(['panel-page']);
    expect([...el.querySelectorAll('[role="tab"]')].map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
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
    const el = mount(<PagePanel state={{ kind: 'ready', tabId: 1, page }} onReveal={onReveal} />);
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Muse Spark', 'Rival models']);
    expect([...el.querySelectorAll('button.mention')].map((b) => b.textContent)).toEqual(['Muse Spark5', 'GPT 5.42']);
    expect(el.textContent).toContain('7 mentions of the launch on this page');
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
      <PagePanel state={{ kind: 'ready', tabId: 1, page: { ...page, claims: [...claims] } }} onReveal={onReveal} />,
    );
    const groups = [...el.querySelectorAll('section.claims')];
    expect(groups.map((g) => g.querySelector('h2')?.textContent)).toEqual([
      '1 figure differs from the launch chart',
      'Other figures checked',
    ]);
    // The differing figure comes first, ahead of the page's mentions too.
    expect(el.querySelector('section')).toBe(groups[0]);
    const rows = [...el.querySelectorAll('section.claims button.mention')];
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
    // Each goes to its own mark: its index in page order, whatever the grouping.
    (rows[2] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('claim', 2);
    (rows[0] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('claim', 0);
  });

  it('says when there is nothing, when the cap was hit, and where extensions cannot run; nothing when off', () => {
    const empty = mount(
      <PagePanel state={{ kind: 'ready', tabId: 1, page: { ...page, mentions: [], total: 0 } }} onReveal={vi.fn()} />,
    );
    expect(empty.textContent).toContain('Nothing here mentions Muse Spark');
    // Paused or off here: the status bar says so; the list adds nothing.
    const off = mount(
      <PagePanel state={{ kind: 'ready', tabId: 1, page: { ...page, active: false } }} onReveal={vi.fn()} />,
    );
    expect(off.textContent).toBe('');
    const capped = mount(
      <PagePanel state={{ kind: 'ready', tabId: 1, page: { ...page, capped: true } }} onReveal={vi.fn()} />,
    );
    expect(capped.textContent).toContain('marking stopped at the cap');
    const unavailable = mount(<PagePanel state={{ kind: 'unavailable' }} onReveal={vi.fn()} />);
    expect(unavailable.textContent).toContain('Extensions can’t read this page');
  });
});
