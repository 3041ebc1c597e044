/** Page-side readers of the hover card (self-contained; serialised into the page). */

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
  const { waitFor } = await import('./wait');
  const done =
    want === 'open'
      ? (s: CardState | null) => s !== null
      : want === 'closed'
        ? (s: CardState | null) => s === null
        : (s: CardState | null) => s !== null && want(s);
  return waitFor(() => page.evaluate(cardState), done, timeoutMs);
}
