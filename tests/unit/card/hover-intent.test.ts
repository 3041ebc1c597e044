import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY_MS, HoverIntent, OPEN_DELAY_MS } from '../../../lib/card/hover-intent';

describe('hover intent timing', () => {
  let events: string[];
  let intent: HoverIntent<string>;
  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    intent = new HoverIntent<string>({
      open: (t, pinned) => events.push(`open ${t}${pinned ? ' pinned' : ''}`),
      close: () => events.push('close'),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the intent delay, which is 300–500 ms', () => {
    expect(OPEN_DELAY_MS).toBeGreaterThanOrEqual(300);
    expect(OPEN_DELAY_MS).toBeLessThanOrEqual(500);
    intent.pointerOver('a', 0.1);
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('a fast sweep keeps restarting the delay; resting opens it', () => {
    for (let i = 0; i < 10; i++) {
      intent.pointerOver('a', 3);
      vi.advanceTimersByTime(50);
    }
    expect(events).toEqual([]);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(events).toEqual(['open a']);
  });

  it('passing over a mention without stopping opens nothing', () => {
    intent.pointerOver('a', 0.2);
    vi.advanceTimersByTime(100);
    intent.pointerOver(null, 0.2);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
  });

  it('closes about 300 ms after the pointer leaves, unless it reaches the card', () => {
    intent.pointerOver('a', 0);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver(null, 0.3);
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 50);
    intent.enterCard();
    vi.advanceTimersByTime(2000);
    expect(events).toEqual(['open a']);
    intent.leaveCard();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(events).toEqual(['open a', 'close']);
  });

  it('returning to the mention cancels the close', () => {
    intent.pointerOver('a', 0);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver(null, 0.3);
    vi.advanceTimersByTime(100);
    intent.pointerOver('a', 0.1);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual(['open a']);
  });

  it('a pinned card ignores the pointer leaving; dismiss closes it', () => {
    intent.pin('a');
    intent.pointerOver(null, 0);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a pinned']);
    intent.dismiss();
    expect(events).toEqual(['open a pinned', 'close']);
  });

  it('moving to another mention switches cards', () => {
    intent.pointerOver('a', 0);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver('b', 0.1);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(events).toEqual(['open a', 'close', 'open b']);
  });
});
