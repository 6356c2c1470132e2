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
  // The rest of a mention split across inline elements goes with its first piece, which comes just before it.
  let kept = false;
  for (const item of found) {
    const matches = item.matches.filter((m) => {
      if (m.part) return kept;
      kept = selection.accept(m.key) && !(selection.firstMentionOnly && selection.seen.has(m.key));
      if (kept && selection.firstMentionOnly) selection.seen.add(m.key);
      return kept;
    });
    if (matches.length) out.push({ ...item, matches });
  }
  return out;
}

/** Text nodes handed to mark.js at a time: enough to spread its set-up, few enough that its own bookkeeping stays small. */
const BATCH = 16;

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
            const { node, text, matches, line } = found[i]!;
            if (node.isConnected && node.data === text) {
              indexes.push(i);
              items.push(line === undefined ? { node, matches } : { node, matches, line });
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
