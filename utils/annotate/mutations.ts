import { isInsideSkipped } from './skip';

/** How long changes are collected before they are scanned, so a burst (a live blog update, a new page of results) is one job. */
export const BATCH_MS = 120;

/**
 * Keeps the outermost of `nodes` that are still under a root the annotator works in (`rootOf` names it, or null) and
 * not inside anything it skips (`skip` adds elements left alone for now, such as markup waiting for its framework).
 */
export function outermost(
  nodes: Iterable<Node>,
  rootOf: (node: Node) => Node | null,
  skip?: (el: Element) => boolean,
): Node[] {
  const set = new Map<Node, Node>();
  for (const n of nodes) {
    const root = n.isConnected ? rootOf(n) : null;
    if (root && !isInsideSkipped(n, root, skip)) set.set(n, root);
  }
  return [...set].flatMap(([n, root]) => {
    for (let p = n.parentNode; p && p !== root; p = p.parentNode) if (set.has(p)) return [];
    return [n];
  });
}
