import type { Found } from './scan';

/** Below this many text nodes the whole job fits in a slice or two and ordering by position is not worth it. */
const ORDER_ABOVE = 64;
/** Elements watched to find what is on screen: text runs in page order, so an even sample of it finds the window. */
const SAMPLES = 64;
/** How long to wait for the observer (a hidden tab may never render): then page order it is. */
const WAIT_MS = 100;

/**
 * Indexes `0..count` with the window `visible` points into first: from the sample before the first visible one to the
 * sample after the last (samples are `step` apart), then the text above it, then the text below.
 */
export function visibleWindow(count: number, visible: number[], step: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (!visible.length) return order;
  const lo = Math.max(0, Math.min(...visible) - step);
  const hi = Math.min(count, Math.max(...visible) + step + 1);
  return [...order.slice(lo, hi), ...order.slice(0, lo), ...order.slice(hi)];
}

/**
 * Indexes of `found` (in page order) with the ones on screen first, told by an IntersectionObserver on an even sample
 * of their elements. The browser works that out in its own rendering step, so no layout is forced here, however
 * large the page: reading rectangles instead would lay the whole page out inside the annotator's task.
 */
export function visibleOrder(found: Found[]): Promise<number[]> {
  const pageOrder = () => found.map((_, i) => i);
  if (found.length <= ORDER_ABOVE || typeof IntersectionObserver !== 'function') return Promise.resolve(pageOrder());
  const step = Math.ceil(found.length / SAMPLES);
  const sampled = new Map<Element, number>();
  for (let i = 0; i < found.length; i += step) {
    const el = found[i]!.node.parentElement;
    if (el && !sampled.has(el)) sampled.set(el, i);
  }
  return new Promise((resolve) => {
    const done = (visible: number[]) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(visibleWindow(found.length, visible, step));
    };
    const observer = new IntersectionObserver((entries) =>
      done(entries.flatMap((e) => (e.isIntersecting ? [sampled.get(e.target)!] : []))),
    );
    for (const el of sampled.keys()) observer.observe(el);
    const timer = setTimeout(() => done([]), WAIT_MS);
  });
}
