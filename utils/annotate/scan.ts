import type { Match, Matcher } from '../matcher';
import { charClass, CharClass } from '../matcher/chars';
import { isAllCaps } from '../matcher/tokens';
import { isTitleCase } from '../matcher/look-alike';
import { splitFrom } from './wrap';
import { continuesInline } from './inline';
import { isSkipped, SKIPPED_TAGS } from './skip';

/** A text node with the mentions found in it, and the text they were found in (to check it has not changed since). */
export interface Found {
  node: Text;
  text: string;
  matches: Match[];
}

/** NodeFilter.SHOW_TEXT, spelled out so the scanner needs no globals beyond the document it is given. */
const SHOW_TEXT = 0x4;

const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && charClass(s.charCodeAt(i)) === CharClass.Word;

/**
 * Walks one subtree's text nodes in document order and runs the matcher on those that may hold a name, leaving
 * alone what must not be touched. The walk is the browser's own TreeWalker and most text is ruled out by the
 * matcher's native prefilter, so the page's text is read, not parsed word by word. It can stop after any node and
 * resume later, so the work can be cut into slices.
 */
export class SubtreeScanner {
  private readonly walker: TreeWalker | null;
  /** A text node given as the root itself: visited first, on its own. */
  private single: Text | null;
  private finished = false;
  /** Elements already looked at → whether they are, or sit inside, something skipped. */
  private readonly inside = new Map<Element, boolean>();
  /** Characters of text read so far. */
  chars = 0;

  /** `skip` names elements to leave alone beyond the fixed rules (by default, only those). */
  constructor(
    private readonly root: Node,
    private readonly matchers: Matcher | ((node: Text) => Matcher),
    private readonly skip: (el: Element) => boolean = isSkipped,
  ) {
    const doc = root.ownerDocument;
    this.single = root.nodeType === 3 ? (root as Text) : null;
    const walkable = doc && root.nodeType === 1 && !this.skip(root as Element);
    this.walker = walkable ? doc.createTreeWalker(root, SHOW_TEXT) : null;
    this.finished = !this.single && !this.walker;
  }

  /** Whether every node has been visited. */
  get done(): boolean {
    return this.finished;
  }

  /** Visits nodes until `stop()` says so (checked every few nodes) or the subtree ends; found mentions go to `out`. */
  run(out: Found[], stop: () => boolean): void {
    let n = 0;
    for (let node = this.next(); node; node = this.next()) {
      this.visit(node, out);
      if ((++n & 63) === 0 && stop()) return;
    }
    this.finished = true;
  }

  private next(): Text | null {
    if (this.single) {
      const node = this.single;
      this.single = null;
      return node;
    }
    return this.walker ? (this.walker.nextNode() as Text | null) : null;
  }

  private visit(node: Text, out: Found[]): void {
    // Script and style text is the bulk of what a page holds and never a name: one look at the parent rules it out.
    const parent = node.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && SKIPPED_TAGS.has(parent.localName)) return;
    const text = node.data;
    this.chars += text.length;
    const matcher = typeof this.matchers === 'function' ? this.matchers(node) : this.matchers;
    if (text.length < 2 || !matcher.mayMatch(text) || this.skipped(node)) return;
    // Text left over beside a mark is part of a longer text that was split; whether it is an all-caps or Title Case
    // line is decided on that whole text, as it was the first time, so annotating again finds nothing new.
    const whole = splitFrom.get(node);
    const caps = whole === undefined ? undefined : isAllCaps(whole);
    const title = whole === undefined ? undefined : isTitleCase(whole);
    let matches = matcher.find(text, '', '', caps, title);
    // Words can run across inline elements ("Iran<b>ian</b>"). The neighbours only matter to a mention at either
    // edge of the text (a possessive "'s" may stand between it and the end), so they are looked at only then.
    const edge = matches.length && (matches[0]!.start === 0 || matches[matches.length - 1]!.end >= text.length - 2);
    if (edge) {
      const before = isWordAt(text, 0) ? this.lastLetterBefore(node) : '';
      const after = isWordAt(text, text.length - 1) ? this.firstLetterAfter(node) : '';
      if (before || after) matches = matcher.find(text, before, after, caps, title);
    }
    if (matches.length) out.push({ node, text, matches });
  }

  /**
   * Whether `node` sits inside something skipped, up to and including the root (whoever queued the root checked
   * above it). Answers are kept per element, so text nodes that share ancestors share the work.
   */
  private skipped(node: Text): boolean {
    if (node === this.root) return false;
    const path: Element[] = [];
    let answer = false;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const known = this.inside.get(el);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(el);
      if (this.skip(el)) {
        answer = true;
        break;
      }
      if (el === this.root) break;
    }
    for (const el of path) this.inside.set(el, answer);
    return answer;
  }

  private lastLetterBefore(node: Text): string {
    const prev = this.neighbour(node, false);
    if (!prev) return '';
    const text = prev.data;
    return isWordAt(text, text.length - 1) && continuesInline(prev, node) ? text[text.length - 1]! : '';
  }

  private firstLetterAfter(node: Text): string {
    const next = this.neighbour(node, true);
    return next && isWordAt(next.data, 0) && continuesInline(node, next) ? next.data[0]! : '';
  }

  /**
   * The text node the walk visits just before or after `node` within the root, or null. Stepped by hand rather than
   * with a TreeWalker: it is needed rarely, and stepping backwards is where DOM implementations disagree.
   */
  private neighbour(node: Text, forward: boolean): Text | null {
    const root = this.root;
    if (node === root) return null;
    const inward = (el: Node) => (forward ? el.firstChild : el.lastChild);
    const enter = (n: Node) => n.nodeType !== 1 || !this.skip(n as Element);
    let n: Node = node;
    for (;;) {
      let step = forward ? n.nextSibling : n.previousSibling;
      while (!step) {
        const up = n.parentNode;
        if (!up || up === root) return null;
        n = up;
        step = forward ? n.nextSibling : n.previousSibling;
      }
      n = step;
      while (enter(n) && inward(n)) n = inward(n)!;
      if (n.nodeType === 3) return n as Text;
    }
  }
}
