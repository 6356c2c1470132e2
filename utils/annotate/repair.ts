import { MARK_SELECTOR } from './constants';
import { isIntact, splitFrom, type MarkedNode } from './wrap';

/**
 * Every marked text node of the page, found in one step from the node itself, any of its pieces or the text inside
 * its marks: a page change is matched to what it touched without walking the page.
 */
export class MarkedNodes {
  private readonly owners = new WeakMap<Node, MarkedNode>();
  private readonly all = new Set<MarkedNode>();

  /**
   * Starts tracking a node just marked. A node that already belongs to a record (its text was marked before, and a
   * name in what was left over is marked now) joins that record, its new pieces where it stands among the old ones:
   * the page still knows only the one node it made, and putting it back needs every piece in order.
   */
  add(record: MarkedNode): void {
    const owner = this.of(record.node);
    if (owner) return this.join(owner, record);
    this.all.add(record);
    this.own(record, record.node, ...record.pieces);
  }

  private join(owner: MarkedNode, record: MarkedNode): void {
    const at = owner.node === record.node ? 0 : owner.pieces.indexOf(record.node) + 1;
    if (owner.node === record.node) owner.prefix = record.prefix;
    owner.pieces.splice(at, 0, ...record.pieces);
    owner.marks = owner.pieces.filter((p): p is HTMLElement => p.nodeType === 1);
    this.own(owner, ...record.pieces);
  }

  private own(record: MarkedNode, ...nodes: Node[]): void {
    for (const n of nodes) {
      this.owners.set(n, record);
      // The text inside a mark, so that a change to it is traced to its record too.
      if (n.nodeType === 1 && n.firstChild) this.owners.set(n.firstChild, record);
    }
  }

  /** The live record that `node` belongs to, if any. */
  of(node: Node | null): MarkedNode | undefined {
    const record = node ? this.owners.get(node) : undefined;
    return record && this.all.has(record) ? record : undefined;
  }

  /** Stops tracking a record (it was undone). */
  delete(record: MarkedNode): void {
    this.all.delete(record);
  }

  has(record: MarkedNode): boolean {
    return this.all.has(record);
  }

  /** Every live record, oldest first. */
  values(): IterableIterator<MarkedNode> {
    return this.all.values();
  }

  clear(): void {
    this.all.clear();
  }
}

/**
 * The marked nodes a batch of the page's own mutations touched, each with whether the page wrote the node's text
 * itself. Frameworks keep the text node they created and later change its data, remove it, move it or insert next
 * to it; any of that may leave the pieces of the old text beside it.
 */
export function touchedBy(mutations: readonly MutationRecord[], nodes: MarkedNodes): Map<MarkedNode, boolean> {
  const touched = new Map<MarkedNode, boolean>();
  const note = (node: Node | null, wrote = false) => {
    const record = nodes.of(node);
    if (record) touched.set(record, wrote || (touched.get(record) ?? false));
  };
  for (const m of mutations) {
    if (m.type === 'characterData') {
      note(m.target, nodes.of(m.target)?.node === m.target);
    } else if (m.type === 'childList') {
      m.removedNodes.forEach((n) => note(n));
      // The record's siblings are where the change happened; an added node's present siblings say the same where a
      // DOM implementation leaves the record's out.
      m.addedNodes.forEach((n) => {
        note(n);
        note(n.previousSibling);
        note(n.nextSibling);
        // A subtree the page took out, changed while it was out of sight and put back: its marks are checked again.
        if (n.nodeType === 1 && n.firstChild) (n as Element).querySelectorAll(MARK_SELECTOR).forEach((el) => note(el));
      });
      note(m.previousSibling);
      note(m.nextSibling);
    }
  }
  return touched;
}

/**
 * Gives the page back the text it believes its node holds and removes the marks, when the page changed the node or
 * its surroundings so that the pieces no longer follow it as they did. A node whose pieces travelled with it (a
 * list item moved whole) keeps its marks. Returns the records undone.
 */
export function repairTouched(touched: Map<MarkedNode, boolean>, nodes: MarkedNodes): MarkedNode[] {
  const undone: MarkedNode[] = [];
  for (const [record, seen] of touched) {
    const wrote = seen || record.node.data !== record.prefix;
    if (!wrote && isIntact(record)) continue;
    restoreForPage(record, wrote);
    nodes.delete(record);
    undone.push(record);
  }
  return undone;
}

/**
 * Removes the pieces wherever they are. When the page wrote the node's text, that text is what it wants; otherwise
 * the node gets the whole text back (the page never knew it was split), so a node the page moved elsewhere reads
 * in full there.
 */
function restoreForPage(record: MarkedNode, pageWrote: boolean): void {
  const { node } = record;
  let tail = '';
  for (const piece of record.pieces) {
    if (!pageWrote) tail += piece.textContent ?? '';
    piece.parentNode?.removeChild(piece);
  }
  if (tail) node.data += tail;
  splitFrom.delete(node);
}
