import type { Match, Matcher } from '../matcher';
import { charClass, CharClass } from '../matcher/chars';
import { isAllCaps } from '../matcher/tokens';
import { isTitleCase } from '../matcher/look-alike';
import { splitFrom } from './wrap';
import { nextInLine } from './inline';
import { isSkipped, SKIPPED_TAGS } from './skip';

/** A text node with the mentions found in it, and the text they were found in (to check it has not changed since). */
export interface Found {
  node: Text;
  text: string;
  matches: Match[];
  /** The whole line the mentions were found in, when it ran on into other text nodes. */
  line?: string;
}

/** NodeFilter.SHOW_TEXT, spelled out so the scanner needs no globals beyond the document it is given. */
const SHOW_TEXT = 0x4;

const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && charClass(s.charCodeAt(i)) === CharClass.Word;

/** Text nodes read together at most on either side of a node: a line longer than that is read in pieces. */
const MAX_LINE = 64;

/**
 * Whether text is an all-caps or Title Case line. Text left over beside a mark is part of a longer line that was split,
 * and is judged on that whole line, as it was the first time, so annotating again finds nothing new.
 */
function caseOf(node: Text | undefined): [boolean | undefined, boolean | undefined] {
  const whole = node && splitFrom.get(node);
  return whole === undefined ? [undefined, undefined] : [isAllCaps(whole), isTitleCase(whole)];
}

/**
 * Cuts mentions found in the joined text of `line` into the pieces each text node holds. A mention split across
 * nodes becomes one mark per node; every piece after the first is marked as a continuation. Pieces of bare
 * whitespace are dropped: there is nothing to highlight.
 */
export function spread(line: readonly Text[], matches: readonly Match[]): Match[][] {
  const out: Match[][] = line.map(() => []);
  let offset = 0;
  line.forEach((t, i) => {
    const end = offset + t.data.length;
    for (const m of matches) {
      const a = Math.max(m.start, offset);
      const b = Math.min(m.end, end);
      if (a >= b || !t.data.slice(a - offset, b - offset).trim()) continue;
      const piece: Match = { start: a - offset, end: b - offset, key: m.key, alias: m.alias };
      out[i]!.push(a > m.start ? { ...piece, part: true } : piece);
    }
    offset = end;
  });
  return out;
}

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
  /** Text nodes already read as part of an earlier node's line: their mentions are found. */
  private readonly claimed = new Set<Text>();
  /** The last text node visited that held anything. */
  private last: Text | null = null;
  /** The next node to read, taken out of the walk by `park`. */
  private parked: Text | null = null;

  /** `skip` names elements to leave alone beyond the fixed rules (by default, only those). */
  constructor(
    private readonly root: Node,
    private readonly matchers: Matcher | ((node: Text) => Matcher),
    private readonly skip: (el: Element) => boolean = isSkipped,
  ) {
    const doc = root.ownerDocument;
    this.single = root.nodeType === 3 ? (root as Text) : null;
    // A shadow root is walked like an element: its host was checked when it was found.
    const walkable = doc && (root.nodeType === 11 || (root.nodeType === 1 && !this.skip(root as Element)));
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

  /**
   * Pauses at the end of a line, so that what was found so far can be marked before the walk goes on: the next text
   * node is taken out of the walk now, and since its line starts after everything read, marking (which splits the
   * text nodes it wraps) cannot change a node still to be read. False, and nothing changed, when the last line read
   * runs on into text still to be read.
   */
  park(): boolean {
    if (this.parked || this.claimed.size || !this.walker || this.single) return false;
    const next = this.walker.nextNode() as Text | null;
    if (!next) {
      this.finished = true;
      return true;
    }
    if (this.inLine(next, false)) {
      this.walker.previousNode();
      return false;
    }
    this.parked = next;
    return true;
  }

  private next(): Text | null {
    if (this.parked) {
      const node = this.parked;
      this.parked = null;
      return node;
    }
    if (this.single) {
      const node = this.single;
      this.single = null;
      return node;
    }
    return this.walker ? (this.walker.nextNode() as Text | null) : null;
  }

  private visit(node: Text, out: Found[]): void {
    if (this.claimed.delete(node)) return;
    // Script and style text is the bulk of what a page holds and never a name: one look at the parent rules it out.
    const parent = node.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && SKIPPED_TAGS.has(parent.localName)) return;
    const text = node.data;
    this.chars += text.length;
    // A word can run on from the text before ("Iran<b>ian</b>", a drop cap): only then is a text that holds no first
    // word of an alias worth a second look.
    const glued = isWordAt(text, 0) && this.last !== null && isWordAt(this.last.data, this.last.data.length - 1);
    if (text) this.last = node;
    const matcher = typeof this.matchers === 'function' ? this.matchers(node) : this.matchers;
    if (!glued && (text.length < 2 || !matcher.mayMatch(text))) return;
    if (this.skipped(node)) return;
    const line = this.lineAround(node);
    if (line.length === 1) {
      if (!glued || matcher.mayMatch(text)) this.found(node, text, matcher.find(text, '', '', ...caseOf(node)), out);
      return;
    }
    const joined = line.map((t) => t.data).join('');
    if (glued && !matcher.mayMatch(joined)) return;
    for (const t of line.slice(line.indexOf(node) + 1)) {
      this.claimed.add(t);
      this.chars += t.data.length;
    }
    const split = line.find((t) => splitFrom.has(t));
    const matches = matcher.find(joined, '', '', ...caseOf(split));
    spread(line, matches).forEach((pieces, i) => this.found(line[i]!, line[i]!.data, pieces, out, joined));
  }

  private found(node: Text, text: string, matches: Match[], out: Found[], line?: string): void {
    if (!matches.length) return;
    out.push(line === undefined || line === text ? { node, text, matches } : { node, text, matches, line });
  }

  /**
   * The text nodes of the line `node` stands in, in page order: words and names run across inline elements ("Joe
   * <b>Biden</b>"), and the words around a name decide whether it is one ("Melania <b>Trump</b>"). Bounded, so a page
   * written as one long line of spans is read a piece at a time.
   */
  private lineAround(node: Text): Text[] {
    if (node === this.root) return [node];
    const before: Text[] = [];
    const after: Text[] = [];
    for (let t = this.inLine(node, false); t && before.length < MAX_LINE; t = this.inLine(t, false)) before.push(t);
    for (let t = this.inLine(node, true); t && after.length < MAX_LINE; t = this.inLine(t, true)) after.push(t);
    return [...before.reverse(), node, ...after];
  }

  private inLine(from: Text, forward: boolean): Text | null {
    return nextInLine(from, forward, this.root, this.skip);
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
}
