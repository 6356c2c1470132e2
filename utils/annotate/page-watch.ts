import { ENTITY_ATTR } from './constants';
import { repairTouched, touchedBy, type MarkedNodes } from './repair';
import type { MarkedNode } from './wrap';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** What one batch of the page's own changes asks of the annotator. */
export interface PageChange {
  /** Nodes to scan again: text the page wrote or added, and nodes whose marks were undone. */
  scan: Node[];
  /** Records undone because the page's change broke them. */
  undone: MarkedNode[];
  /** Whether anything was removed (marks may have gone with it). */
  removed: boolean;
}

/** Watches the page for its own changes and keeps Backstory's writes out of what it sees. */
export interface PageWatch {
  /** Runs one of Backstory's DOM writes unobserved, after taking the page's changes made before it. */
  around(write: () => void): void;
  /** Takes the page's changes recorded but not yet delivered. */
  flush(): void;
  stop(): void;
}

/**
 * Watches `root` with a MutationObserver. Marks that a page change broke are repaired in the observer callback
 * itself, which runs before the browser paints again, so stale text never reaches the screen; then `onChange` hears
 * what to scan again.
 */
export function watchPage(root: Node, nodes: MarkedNodes, onChange: (change: PageChange) => void): PageWatch {
  let watching = true;
  const observer = new MutationObserver((mutations) => take(mutations));
  const unobserved = (write: () => void) => {
    observer.disconnect();
    try {
      write();
    } finally {
      if (watching) observer.observe(root, OBSERVED);
    }
  };
  const take = (mutations: MutationRecord[]) => {
    if (!watching || !mutations.length) return;
    const touched = touchedBy(mutations, nodes);
    let undone: MarkedNode[] = [];
    if (touched.size) unobserved(() => (undone = repairTouched(touched, nodes)));
    const scan = changedNodes(mutations);
    for (const r of undone) if (r.node.isConnected) scan.push(r.node);
    const removed = undone.length > 0 || mutations.some((m) => m.type === 'childList' && m.removedNodes.length > 0);
    if (scan.length || removed) onChange({ scan, undone, removed });
  };
  observer.observe(root, OBSERVED);
  return {
    around(write) {
      take(observer.takeRecords());
      unobserved(write);
    },
    flush: () => take(observer.takeRecords()),
    stop() {
      watching = false;
      observer.disconnect();
    },
  };
}

/** The nodes a batch of mutation records asks to (re)scan; marks the page moved around are not new text. */
export function changedNodes(records: readonly MutationRecord[]): Node[] {
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
