import Mark from 'mark.js';
import type { Match } from '../matcher';
import { ALIAS_ATTR, ENTITY_ATTR, MARK_TAG, PART_ATTR } from './constants';
import { withDetachedIterators } from './text-iterator';

/** A text node of the page that was marked, and the nodes it became: enough to put it back exactly. */
export interface MarkedNode {
  /**
   * The page's own text node, which the page's scripts still hold; after marking it holds the text before the first
   * mention, and the pieces that follow it hold the rest.
   */
  node: Text;
  /** What `node` held right after marking: if it holds anything else now, the page wrote it. */
  prefix: string;
  /** Marks and split-off text nodes, in order, that stand right after `node`. */
  pieces: Node[];
  /** The marks alone, in order. */
  marks: HTMLElement[];
}

/** Text nodes made by splitting a marked node (and the node itself) → the line of text they were split from. */
export const splitFrom = new WeakMap<Text, string>();

interface RangeWithData {
  start: number;
  length: number;
  entity: string;
  alias: string;
  part: boolean;
  /** Which of the batch's text nodes the range lies in. */
  item: number;
}

/** One text node to mark and the matches found in it (offsets into its text). */
export interface WrapItem {
  node: Text;
  matches: readonly Match[];
  /** The line the matches were found in, when longer than the node's own text. */
  line?: string;
}

/**
 * Wraps every match of a batch of text nodes with one mark.js call: the nodes themselves are its context, so its
 * offsets are the matcher's offsets shifted by the text before each node. Returns, per item, what changed (null when
 * nothing was marked there). One call per batch rather than per node keeps mark.js's own set-up off the bill.
 */
export function wrapBatch(items: readonly WrapItem[]): (MarkedNode | null)[] {
  const before = items.map(({ node, line }) => ({
    parent: node.parentNode,
    next: node.nextSibling,
    original: line ?? node.data,
  }));
  const ranges: RangeWithData[] = [];
  let offset = 0;
  items.forEach(({ node, matches }, item) => {
    for (const m of matches)
      ranges.push({
        start: offset + m.start,
        length: m.end - m.start,
        entity: m.key,
        alias: m.alias,
        part: m.part === true,
        item,
      });
    offset += node.data.length;
  });
  const marks: HTMLElement[][] = items.map(() => []);
  const doc = items[0]?.node.ownerDocument;
  if (!doc) return [];
  withDetachedIterators(doc, () =>
    new Mark(items.map((i) => i.node) as unknown as HTMLElement[]).markRanges(ranges, {
      element: MARK_TAG,
      each: (el: Element, range: unknown) => {
        const r = range as RangeWithData;
        el.removeAttribute('data-markjs');
        el.setAttribute(ENTITY_ATTR, r.entity);
        el.setAttribute(ALIAS_ATTR, r.alias);
        if (r.part) el.setAttribute(PART_ATTR, '');
        marks[r.item]!.push(el as HTMLElement);
      },
    }),
  );
  return items.map(({ node }, k) => {
    const { parent, next, original } = before[k]!;
    if (!parent || !marks[k]!.length) return null;
    const pieces: Node[] = [];
    for (let p = node.nextSibling; p && p !== next;) {
      const following = p.nextSibling;
      // mark.js leaves an empty text node behind a mention that ends its text: it would only be clutter.
      if (p.nodeType === 3 && !(p as Text).data) parent.removeChild(p);
      else pieces.push(p);
      if (p.nodeType === 3) splitFrom.set(p as Text, original);
      p = following;
    }
    splitFrom.set(node, original);
    return { node, prefix: node.data, pieces, marks: marks[k]! };
  });
}

/**
 * Puts a marked text node back as it was: the page's own node gets the whole text again and every piece goes.
 * When something has since moved the pieces away from the node, it unwraps each mark where it stands instead.
 */
export function unwrapMarked(record: MarkedNode): void {
  const { node, pieces } = record;
  splitFrom.delete(node);
  if (isIntact(record)) {
    let text = node.data;
    for (const piece of pieces) {
      text += piece.textContent ?? '';
      piece.parentNode?.removeChild(piece);
    }
    if (node.data !== text) node.data = text;
    return;
  }
  for (const mark of record.marks) {
    const host = mark.parentNode;
    if (!host) continue;
    while (mark.firstChild) host.insertBefore(mark.firstChild, mark);
    host.removeChild(mark);
  }
}

/** Whether the node is in a page and exactly its pieces still stand right after it, in order. */
export function isIntact({ node, pieces }: MarkedNode): boolean {
  if (!node.parentNode) return false;
  let p = node.nextSibling;
  for (const piece of pieces) {
    if (p !== piece) return false;
    p = p.nextSibling;
  }
  return true;
}
