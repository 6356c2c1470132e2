import type { Match, Matcher } from '../matcher';
import { charClass, CharClass } from '../matcher/chars';
import { isAllCaps } from '../matcher/tokens';
import { splitFrom } from './wrap';
import { continuesInline } from './inline';
import { isSkipped } from './skip';

/** A text node with the mentions found in it, and the text they were found in (to check it has not changed since). */
export interface Found {
  node: Text;
  text: string;
  matches: Match[];
}

const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && charClass(s.charCodeAt(i)) === CharClass.Word;

/**
 * Walks one subtree's text nodes in document order, skipping what must be left alone, and runs the matcher on
 * each. It can stop after any node and resume later, so the work can be cut into slices.
 */
export class SubtreeScanner {
  private current: Node | null;
  private pending: { node: Text; text: string; before: string } | null = null;
  /** Characters of text read so far. */
  chars = 0;

  constructor(
    private readonly root: Node,
    private readonly matcher: Matcher,
  ) {
    this.current = root.nodeType === 1 && isSkipped(root as Element) ? null : root;
  }

  /** Whether every node has been visited. */
  get done(): boolean {
    return this.current === null && this.pending === null;
  }

  /** Visits nodes until `stop()` says so (checked every few nodes) or the subtree ends; found mentions go to `out`. */
  run(out: Found[], stop: () => boolean): void {
    let n = 0;
    while (this.current) {
      const node = this.current;
      this.current = this.nextNode(node);
      if (node.nodeType === 3) this.visitText(node as Text, out);
      if ((++n & 31) === 0 && stop()) return;
    }
    if (this.pending) {
      this.flush(out, '');
      this.pending = null;
    }
  }

  private visitText(node: Text, out: Found[]): void {
    const text = node.data;
    this.chars += text.length;
    let before = '';
    const prev = this.pending;
    if (prev) {
      // Words can run across inline elements ("Iran<b>ian</b>"): look at the neighbours only when both sides are letters.
      const joined = isWordAt(prev.text, prev.text.length - 1) && isWordAt(text, 0) && continuesInline(prev.node, node);
      this.flush(out, joined ? text[0]! : '');
      if (joined) before = prev.text[prev.text.length - 1]!;
    }
    this.pending = { node, text, before };
  }

  private flush(out: Found[], after: string): void {
    const p = this.pending!;
    if (p.text.length < 2) return;
    const matches = this.matcher.find(p.text, p.before, after, capsAroundMarks(p.node));
    if (matches.length) out.push({ node: p.node, text: p.text, matches });
  }

  private nextNode(node: Node): Node | null {
    if (node.nodeType === 1 && node.firstChild && (node === this.root || !isSkipped(node as Element)))
      return node.firstChild;
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
    return null;
  }
}

/**
 * Text left over beside a mark is part of a longer text that was split; whether it is an all-caps headline is
 * decided on that whole text, as it was the first time, so annotating again finds nothing new.
 */
function capsAroundMarks(node: Text): boolean | undefined {
  const whole = splitFrom.get(node);
  return whole === undefined ? undefined : isAllCaps(whole);
}
