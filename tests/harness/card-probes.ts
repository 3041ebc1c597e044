/** Page-side readers of the hover card (self-contained; serialised into the page), and test-side helpers. */
import { sendToTab } from './popup';
import { sleep, waitFor } from './wait';

export function cardState() {
  const host = document.querySelector('muse-spark-context-ui') as HTMLElement | null;
  const panel = host?.shadowRoot?.querySelector('.card') as HTMLElement | null;
  if (!host || !panel || getComputedStyle(host).display === 'none') return null;
  const r = panel.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const font = parseFloat(getComputedStyle(panel).fontSize);
  return {
    text: panel.textContent ?? '',
    title: panel.querySelector('h2')?.textContent ?? '',
    role: panel.getAttribute('role'),
    labelled: !!panel.getAttribute('aria-labelledby'),
    box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
    viewport: { width: innerWidth, height: innerHeight },
    visibility: getComputedStyle(host).visibility,
    onTop: document.elementFromPoint(cx, cy) === host,
    popoverOpen: host.matches(':popover-open'),
    fontSize: font,
    // activeElement, not :focus-within, which needs the window itself to have focus.
    focusInside: document.activeElement === host,
    activeInCard: host.shadowRoot?.activeElement?.textContent ?? null,
  };
}

type CardState = NonNullable<ReturnType<typeof cardState>>;

/**
 * Test side (not page side): waits until the card is open (and `accept` agrees) or closed, and
 * returns what it last saw.
 */
export async function waitForCard(
  page: { evaluate<T>(fn: () => T): Promise<T> },
  want: 'open' | 'closed' | ((s: CardState) => boolean),
  timeoutMs = 3000,
): Promise<CardState | null> {
  const done =
    want === 'open'
      ? (s: CardState | null) => s !== null
      : want === 'closed'
        ? (s: CardState | null) => s === null
        : (s: CardState | null) => s !== null && want(s);
  return waitFor(() => page.evaluate(cardState), done, timeoutMs);
}

/**
 * Page side: how the open card sits on screen, by geometry. Whether its title, every figure and
 * every action are inside both the card and the viewport, nothing scrolls inside it, and the smallest
 * font size it uses.
 */
export function cardLayout() {
  const host = document.querySelector('muse-spark-context-ui') as HTMLElement | null;
  const root = host?.shadowRoot;
  const panel = root?.querySelector('.card') as HTMLElement | null;
  if (!host || !root || !panel || getComputedStyle(host).display === 'none') return null;
  const card = panel.getBoundingClientRect();
  const inside = (el: Element) => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      r.top >= card.top - 0.5 &&
      r.bottom <= card.bottom + 0.5 &&
      r.left >= card.left - 0.5 &&
      r.right <= card.right + 0.5 &&
      r.top >= 0 &&
      r.bottom <= innerHeight &&
      r.left >= 0 &&
      r.right <= innerWidth
    );
  };
  const body = root.querySelector('.card-body') as HTMLElement;
  const figures = [...root.querySelectorAll('.bar-value, .standings .figure, .claim strong')];
  const texts = [...root.querySelectorAll('.card *')].filter(
    (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
      !el.closest('.visually-hidden'),
  );
  return {
    title: root.querySelector('h2')?.textContent ?? '',
    text: panel.textContent ?? '',
    box: { top: card.top, bottom: card.bottom, left: card.left, right: card.right },
    viewport: { width: innerWidth, height: innerHeight },
    titleVisible: inside(root.querySelector('h2')!),
    figures: figures.map((f) => ({ text: f.textContent!.trim(), visible: inside(f) })),
    actions: [...root.querySelectorAll('button')].map((b) => ({
      text: b.getAttribute('aria-label') ?? b.textContent!.trim(),
      visible: inside(b),
    })),
    bodyScrolls: body.scrollHeight > body.clientHeight + 1,
    // Text cut short: a box narrower than its text (an ellipsis, or text running out of the card).
    clipped: texts
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const block = getComputedStyle(el).display !== 'inline';
        return (block && el.scrollWidth > el.clientWidth + 1) || r.left < card.left - 0.5 || r.right > card.right + 0.5;
      })
      .map((el) => el.textContent!.trim()),
    lang: panel.lang,
    dir: panel.dir,
    smallestFont: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
    onTop: document.elementFromPoint(card.left + card.width / 2, card.top + card.height / 2) === host,
  };
}

type CardLayout = NonNullable<ReturnType<typeof cardLayout>>;

/**
 * Test side: opens a card as the keyboard shortcut and the popup open it (a `reveal-mention` sent from an
 * extension page), waits for it to be titled `title` and for its entrance animation (120 ms) to end, and
 * returns its layout (null when no such card opened).
 */
export async function revealCard(
  probe: { evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> },
  page: { evaluate<T>(fn: () => T): Promise<T> },
  tabId: number,
  card: { termId: string; index?: number; title: string },
): Promise<CardLayout | null> {
  const message = { type: 'reveal-mention', termId: card.termId, index: card.index ?? 0 };
  if ((await probe.evaluate(sendToTab, { tabId, message })) !== true) return null;
  await waitFor(
    () => page.evaluate(cardLayout),
    (l) => l !== null && l.title === card.title,
    3000,
  );
  await sleep(200);
  const layout = await page.evaluate(cardLayout);
  return layout?.title === card.title ? layout : null;
}

/** Test side: what keeps an open card from being read whole: scrolling, text cut short, figures or buttons out of view. */
export function fitProblems(layout: CardLayout, where: string, figures: readonly string[]): string[] {
  const problems: string[] = [];
  if (layout.bodyScrolls) problems.push(`${where}: scrolls inside`);
  for (const text of layout.clipped) problems.push(`${where}: "${text}" cut short`);
  const shown = layout.figures.filter((f) => f.visible).map((f) => f.text.replace(/\s*★.*/, ''));
  for (const figure of figures) if (!shown.includes(figure)) problems.push(`${where}: ${figure} not in view`);
  for (const action of layout.actions) if (!action.visible) problems.push(`${where}: "${action.text}" out of view`);
  return problems;
}
