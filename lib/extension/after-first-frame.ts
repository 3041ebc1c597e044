/**
 * How long to wait for a first frame that may not come: a page opened in a background tab is not
 * painted until it is shown.
 */
const NO_FRAME_MS = 100;

/**
 * Runs `start` once, after the page has painted its first frame. An extension page whose HTML already
 * holds its content (the popup's prerendered frame) then shows it at once; a module script that ran
 * before the first paint held that paint until it had run (docs/performance.md, "The popup"). Should no
 * frame come within NO_FRAME_MS, `start` runs anyway. Framework-free: takes the window.
 */
export function afterFirstFrame(win: Window, start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  // A timer set in a frame's callback runs after that frame has been painted.
  win.requestAnimationFrame(() => win.setTimeout(once, 0));
  win.setTimeout(once, NO_FRAME_MS);
}
