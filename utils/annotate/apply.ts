import type { Found } from './scan';
import type { Slicer } from './slices';
import { withDetachedIterators } from './text-iterator';
import { wrapBatch, type MarkedNode, type WrapItem } from './wrap';

/** Which mentions the reader wants marked. */
export interface Selection {
  /** Whether an entity's mentions are marked at all (the entity-types setting). */
  accept: (entityId: string) => boolean;
  /** Mark only the first mention of each entity (the firstMentionOnly setting). */
  firstMentionOnly: boolean;
  /** Entities marked so far, for firstMentionOnly. */
  seen: Set<string>;
}

/** Drops the mentions the settings exclude, keeping page order. */
export function selectMentions(found: Found[], selection: Selection): Found[] {
  const out: Found[] = [];
  for (const item of found) {
    const matches = item.matches.filter((m) => {
      if (!selection.accept(m.key)) return false;
      if (!selection.firstMentionOnly) return true;
      if (selection.seen.has(m.key)) return false;
      selection.seen.add(m.key);
      return true;
    });
    if (matches.length) out.push({ ...item, matches });
  }
  return out;
}

/** Text nodes handed to mark.js at a time: enough to spread its set-up, few enough that its own bookkeeping stays small. */
const BATCH = 16;

/** Below this many text nodes the whole job fits in a slice or two and ordering by position is not worth it. */
const ORDER_ABOVE = 64;

/**
 * Indexes of `found` (in page order) with the ones on screen first. Positions run roughly in page order, so a
 * binary search finds the first text below the top of the view and a short scan the last one above its bottom:
 * a few dozen layout reads, all made before anything is written.
 */
export function visibleFirst(found: Found[], view: { width: number; height: number }): number[] {
  const order = found.map((_, i) => i);
  if (found.length <= ORDER_ABOVE) return order;
  const rect = (i: number) => found[i]!.node.parentElement?.getBoundingClientRect();
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rect(mid)?.bottom ?? -1) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < found.length && end - lo < 500 && (rect(end)?.top ?? 0) <= view.height) end++;
  return [...order.slice(lo, end), ...order.slice(0, lo), ...order.slice(end)];
}

/**
 * Wraps the mentions in `found`, in the given order, a slice at a time, putting each record in `made` at its
 * page-order index as soon as it exists, and handing it to `made` at once (so whoever stops the work midway, or a page
 * change in between, can still undo it). Text that changed since it was read is left for the mutation watcher.
 * `around` brackets every DOM write.
 */
export async function applyMarks(
  found: Found[],
  order: number[],
  made: (MarkedNode | null)[],
  slicer: Slicer,
  around: (write: () => void) => void,
  stopped: () => boolean,
  track: (record: MarkedNode) => void,
): Promise<void> {
  let k = 0;
  const doc = found[0]?.node.ownerDocument;
  while (doc && k < order.length) {
    if (stopped()) return;
    around(() =>
      withDetachedIterators(doc, () => {
        while (k < order.length) {
          const end = Math.min(k + BATCH, order.length);
          const indexes: number[] = [];
          const items: WrapItem[] = [];
          for (; k < end; k++) {
            const i = order[k]!;
            const { node, text, matches } = found[i]!;
            if (node.isConnected && node.data === text) {
              indexes.push(i);
              items.push({ node, matches });
            }
          }
          if (items.length)
            wrapBatch(items).forEach((record, j) => {
              made[indexes[j]!] = record;
              if (record) track(record);
            });
          if (slicer.expired()) return;
        }
      }),
    );
    if (k < order.length) await slicer.pause();
  }
}
