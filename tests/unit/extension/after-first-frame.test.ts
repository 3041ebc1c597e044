import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstFrame } from '../../../lib/extension/after-first-frame';

/** A window whose frames come only when the test paints one, and whose timers are Vitest's. */
function windowWithFrames() {
  const frameCallbacks: FrameRequestCallback[] = [];
  const win = {
    requestAnimationFrame: (cb: FrameRequestCallback) => frameCallbacks.push(cb),
    setTimeout: (cb: () => void, ms?: number) => setTimeout(cb, ms),
  } as unknown as Window;
  const paintFrame = () => frameCallbacks.splice(0).forEach((cb) => cb(performance.now()));
  return { win, paintFrame };
}

describe('the popup’s module, loaded after its first frame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts once the first frame has been painted, not before, and only once', () => {
    const { win, paintFrame } = windowWithFrames();
    const start = vi.fn();
    afterFirstFrame(win, start);
    vi.advanceTimersByTime(5);
    expect(start).not.toHaveBeenCalled();
    paintFrame();
    // In the frame's callback it is still before the paint: the start waits for the task after it.
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    paintFrame();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when no frame comes, as in a tab opened in the background', () => {
    const { win } = windowWithFrames();
    const start = vi.fn();
    afterFirstFrame(win, start);
    vi.advanceTimersByTime(99);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
