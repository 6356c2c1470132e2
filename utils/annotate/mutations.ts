import { isInsideSkipped } from './skip';

/** How long changes are collected before they are scanned, so a burst (a live blog update, a new page of results) is one job. */
export const BATCH_MS = 120;

/**
 * Keeps the outermost of `nodes` that are still in `root` and not inside anything the annotator skips (`skip` adds
 * elements left alone for now, such as markup waiting for its framework).
 */
export function outermost(nodes: Iterable<Node>, root: Node, skip?: (el: Element) => boolean): Node[] {
  const set = new Set<Node>();
  for (const n of nodes) if (n.isConnected && root.contains(n) && !isInsideSkipped(n, root, skip)) set.add(n);
  return [...set].filter((n) => {
    for (let p = n.parentNode; p && p !== root; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
