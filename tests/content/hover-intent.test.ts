import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '@/entrypoints/content/hover-intent';

describe('HoverIntent', () => {
  const a = { id: 'a' } as unknown as Element;
  const b = { id: 'b' } as unknown as Element;
  const unknown = { id: 'unknown' } as unknown as Element;
  let events: string[];
  let intent: HoverIntent;

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    intent = new HoverIntent({
      openDelay: () => 400,
      switchDelay: 120,
      closeDelay: 300,
      canOpen: (mark) => mark !== unknown,
      onOpen: (mark, via) => events.push(`open ${(mark as unknown as { id: string }).id} ${via}`),
      onClose: () => events.push('close'),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the dwell, and not at all for a pointer passing through', () => {
    intent.enterMark(a);
    vi.advanceTimersByTime(399);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a pointer']);
    intent.leaveMark();
    intent.enterMark(b);
    intent.leaveMark();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a pointer', 'close']);
  });

  it('stays open while the pointer travels onto the card, and closes after the grace period off it', () => {
    intent.enterMark(a);
    vi.advanceTimersByTime(400);
    intent.leaveMark();
    vi.advanceTimersByTime(200);
    intent.enterCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a pointer']);
    intent.leaveCard();
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open a pointer']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a pointer', 'close']);
  });

  it('switches between adjacent names without closing in between', () => {
    intent.enterMark(a);
    vi.advanceTimersByTime(400);
    intent.leaveMark();
    intent.enterMark(b);
    vi.advanceTimersByTime(120);
    expect(events).toEqual(['open a pointer', 'open b pointer']);
    intent.leaveMark();
    intent.enterMark(b);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a pointer', 'open b pointer']);
  });

  it('ignores names crossed on the way to the card', () => {
    intent.enterMark(a);
    vi.advanceTimersByTime(400);
    intent.leaveMark();
    intent.enterMark(b);
    intent.leaveMark();
    intent.enterCard();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a pointer']);
    expect(intent.openFor).toBe(a);
  });

  it('opens at once on focus, closes on blur after the grace period, and Escape closes immediately', () => {
    intent.focusMark(a);
    expect(events).toEqual(['open a focus']);
    intent.blurMark();
    intent.focusMark(b);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a focus', 'open b focus']);
    expect(intent.dismiss()).toBe(true);
    expect(intent.dismiss()).toBe(false);
    expect(events).toEqual(['open a focus', 'open b focus', 'close']);
  });

  it('never opens for a name that has no card', () => {
    intent.enterMark(unknown);
    intent.focusMark(unknown);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    expect(intent.openFor).toBeNull();
  });

  it('reads the dwell setting each time and cancels everything on dispose', () => {
    let delay = 50;
    const quick = new HoverIntent({
      openDelay: () => delay,
      switchDelay: 10,
      closeDelay: 10,
      canOpen: () => true,
      onOpen: () => events.push('open'),
      onClose: () => events.push('close'),
    });
    quick.enterMark(a);
    vi.advanceTimersByTime(50);
    quick.dismiss();
    delay = 500;
    quick.enterMark(a);
    vi.advanceTimersByTime(499);
    quick.dispose();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open', 'close']);
  });
});
