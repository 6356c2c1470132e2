import type { Found } from './scan';
import type { Slicer } from './slices';
import { wrapMatches, type MarkedNode } from './wrap';

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

/** Below this many text nodes the whole job fits in a slice or two and ordering by position is not worth a layout read. */
const ORDER_ABOVE = 64;

/**
 * Indexes of `found` with the ones on screen first. All positions are read before anything is written, so the
 * page is laid out at most once for this.
 */
export function visibleFirst(found: Found[], view: { width: number; height: number }): number[] {
  const order = found.map((_, i) => i);
  if (found.length <= ORDER_ABOVE) return order;
  const inView = found.map(({ node }) => {
    const r = node.parentElement?.getBoundingClientRect();
    return !!r && r.bottom >= 0 && r.top <= view.height && r.right >= 0 && r.left <= view.width;
  });
  return [...order.filter((i) => inView[i]), ...order.filter((i) => !inView[i])];
}

/**
 * Wraps the mentions in `found`, in the given order, a slice at a time. Text that changed since it was read is
 * left for the mutation watcher. Returns the records in page order. `around` brackets every DOM write.
 */
export async function applyMarks(
  found: Found[],
  order: number[],
  slicer: Slicer,
  around: (write: () => void) => void,
  stopped: () => boolean,
): Promise<MarkedNode[]> {
  const made: (MarkedNode | null)[] = new Array(found.length).fill(null);
  let k = 0;
  while (k < order.length) {
    if (stopped()) break;
    around(() => {
      for (; k < order.length; k++) {
        const i = order[k]!;
        const { node, text, matches } = found[i]!;
        if (node.isConnected && node.data === text) made[i] = wrapMatches(node, matches);
        if ((k & 15) === 15 && slicer.expired()) {
          k++;
          return;
        }
      }
    });
    if (k < order.length) await slicer.pause();
  }
  return made.filter((r): r is MarkedNode => r !== null);
}
