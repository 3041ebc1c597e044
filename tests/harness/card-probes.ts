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
