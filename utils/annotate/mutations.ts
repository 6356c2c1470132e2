import { ENTITY_ATTR } from './constants';
import { isInsideSkipped } from './skip';

/** How long changes are collected before they are scanned, so a burst (a live blog update, a new page of results) is one job. */
export const BATCH_MS = 120;

/** Keeps the outermost of `nodes` that are still in `root` and not inside anything the annotator skips. */
export function outermost(nodes: Iterable<Node>, root: Node): Node[] {
  const set = new Set<Node>();
  for (const n of nodes) if (n.isConnected && root.contains(n) && !isInsideSkipped(n, root)) set.add(n);
  return [...set].filter((n) => {
    for (let p = n.parentNode; p && p !== root; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

/** The nodes a batch of mutation records asks to (re)scan; changes made by Backstory's own marks are ignored. */
export function changedNodes(records: MutationRecord[]): Node[] {
  const out: Node[] = [];
  for (const r of records) {
    if (r.type === 'characterData') out.push(r.target);
    else if (r.type === 'childList')
      r.addedNodes.forEach((n) => {
        if (n.nodeType === 1 && (n as Element).hasAttribute(ENTITY_ATTR)) return;
        if (n.nodeType === 1 || n.nodeType === 3) out.push(n);
      });
  }
  return out;
}

/** Whether any record removed nodes (a mark may have gone with them). */
export function removedSomething(records: MutationRecord[]): boolean {
  return records.some((r) => r.type === 'childList' && r.removedNodes.length > 0);
}
