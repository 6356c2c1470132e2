// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Found } from '@/utils/annotate/scan';
import { visibleOrder, visibleWindow } from '@/utils/annotate/visible-order';

/** `n` found text nodes, each in its own paragraph. */
function found(n: number): Found[] {
  document.body.replaceChildren();
  return Array.from({ length: n }, (_, i) => {
    const p = document.createElement('p');
    const node = document.createTextNode(`Text ${i}`);
    p.append(node);
    document.body.append(p);
    return { node, text: node.data, matches: [] } as unknown as Found;
  });
}

/** An IntersectionObserver stand-in that reports the elements `visible` picks, once, as the browser would. */
function fakeObserver(visible: (el: Element) => boolean) {
  const observed: Element[] = [];
  class Observer {
    constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
      queueMicrotask(() => this.callback(observed.map((target) => ({ target, isIntersecting: visible(target) }))));
    }
    observe(el: Element) {
      observed.push(el);
    }
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return observed;
}

afterEach(() => vi.unstubAllGlobals());

describe('visible text first, without reading layout', () => {
  it('puts the window around the visible samples first, then the text above, then below', () => {
    expect(visibleWindow(10, [4, 6], 2)).toEqual([2, 3, 4, 5, 6, 7, 8, 0, 1, 9]);
    expect(visibleWindow(5, [], 2)).toEqual([0, 1, 2, 3, 4]);
    expect(visibleWindow(5, [0], 2)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps page order for small jobs, and where there is no observer', async () => {
    expect(await visibleOrder(found(10))).toEqual([...Array(10).keys()]);
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(await visibleOrder(found(300))).toEqual([...Array(300).keys()]);
  });

  it('asks the observer about a sample of at most 64 elements and starts where it says the view is', async () => {
    const items = found(640);
    const inView = new Set<Element | null>(items.slice(400, 440).map((f) => f.node.parentElement));
    const observed = fakeObserver((el) => inView.has(el));
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const order = await visibleOrder(items);
    expect(observed.length).toBeLessThanOrEqual(64);
    expect(rect).not.toHaveBeenCalled();
    // Samples are 10 apart: the window runs from the sample before the first visible one to the one after the last.
    expect(order.slice(0, 51)).toEqual([...Array(51).keys()].map((i) => 390 + i));
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(640).keys()]);
  });

  it('falls back to page order when the observer never reports (a tab in the background)', async () => {
    vi.useFakeTimers();
    class Silent {
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', Silent);
    const order = visibleOrder(found(300));
    await vi.advanceTimersByTimeAsync(100);
    expect(await order).toEqual([...Array(300).keys()]);
    vi.useRealTimers();
  });
});
