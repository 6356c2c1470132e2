import { CARD_HOST, ENTITY_ATTR, MARK_TAG } from '../annotate/constants';
// Where the story sits in the page: the element Readability took it from, named by a path of element-child positions
// that the page's own DOM and an inert copy parsed from its HTML agree on.

/** Characters of the story element's text kept to recognise it again in the page. */
export const STORY_PROBE_LENGTH = 80;

/** The story element as the page is told of it. */
export interface StoryLocation {
  /** Element-child positions from the document element down, Backstory's own elements not counted. */
  path: number[];
  /** The start of the element's text, spaces collapsed, to check the path found the same element. */
  probe: string;
  /**
   * The paths of the elements whose own text Readability kept (paragraphs, headings, list items): the story's text
   * within the element, without the teasers, credits or boxes it dropped.
   */
  blocks?: number[][];
  /** The start of the first block's text, to check the blocks' paths still lead to the same elements. */
  blockProbe?: string;
}

/** Where a story's names may be marked in the page: inside its element, and there in the text it kept. */
export interface StoryText {
  root: Element;
  /** The elements of the kept text, or null when the page changed since and only the element is known. */
  blocks: Set<Element> | null;
}

/** Whether text `node` is part of the story's text. */
export function inStoryText(story: StoryText, node: Node): boolean {
  if (!story.blocks) return story.root.contains(node);
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (story.blocks.has(el)) return true;
    if (el === story.root) return false;
  }
  return false;
}

/**
 * The story's text in the page: its element, and the kept blocks when the first of them is still where its path says.
 * The element at the path is then the story's even when its text starts otherwise than in the copy handed over: the copy
 * may leave out what the page shows around the story, or the story may be spread over the whole page.
 */
export function findStoryText(doc: Document, location: StoryLocation): StoryText | null {
  const atPath = elementAt(doc, location.path);
  const first = location.blocks?.[0] && elementAt(doc, location.blocks[0]);
  const blocksHold = !!atPath && !!first && atPath.contains(first) && textProbe(first) === location.blockProbe;
  if (!blocksHold) {
    const root = findStoryRoot(doc, location);
    return root ? { root, blocks: null } : null;
  }
  const blocks = new Set<Element>();
  // The blocks' paths share their first steps, and most end under one element: each element's children are listed once.
  const listed = new Map<Element, Element[]>();
  const children = (el: Element) => listed.get(el) ?? listed.set(el, childElements(el)).get(el)!;
  for (const path of location.blocks!) {
    const el = elementAt(doc, path, children);
    if (el && atPath.contains(el)) blocks.add(el);
  }
  return { root: atPath, blocks };
}

const isOwn = (el: Element) =>
  el.localName === CARD_HOST || (el.localName === MARK_TAG && el.hasAttribute(ENTITY_ATTR));

/** Children the parser gives the document element: an element a page's script puts beside them moves into them in the copy. */
const ROOT_CHILDREN = new Set(['head', 'body']);

/**
 * `el`'s element children, Backstory's own left out (its marks and card): marks added after the handover change no path.
 * Under the document element only the head and the body count: a page that inserts, say, a stylesheet link before its
 * head has it parsed into the head of the copy handed over, which would shift every path by one.
 */
function childElements(el: Element): Element[] {
  const top = el === el.ownerDocument.documentElement;
  return [...el.children].filter((child) => !isOwn(child) && (!top || ROOT_CHILDREN.has(child.localName)));
}

/** Elements whose text is not the reader's: the copy handed over leaves their contents out. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** The start of `el`'s readable text, whitespace collapsed (script and style contents left out, as in the copy). */
export function textProbe(el: Element): string {
  let text = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).localName) && walk(child)) return true;
      if (text.length > STORY_PROBE_LENGTH * 4) return true;
    }
    return false;
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim().slice(0, STORY_PROBE_LENGTH);
}

/** The path of `el` from its document element, or null when it is not in a document. */
export function pathOf(el: Element): number[] | null {
  const path: number[] = [];
  let at: Element = el;
  while (at.parentElement) {
    const position = childElements(at.parentElement).indexOf(at);
    if (position < 0) return null;
    path.unshift(position);
    at = at.parentElement;
  }
  return at === at.ownerDocument.documentElement ? path : null;
}

/** The element at `path` in `doc`, or null; `children` lists an element's children as paths count them. */
export function elementAt(
  doc: Document,
  path: readonly number[],
  children: (el: Element) => Element[] = childElements,
): Element | null {
  let at: Element | null = doc.documentElement;
  for (const position of path) {
    if (!at) return null;
    at = children(at)[position] ?? null;
  }
  return at;
}

/** Elements looked at, at most, when the path misses (the page changed since it was handed over). */
const SEARCH_LIMIT = 3_000;

/**
 * The story's element in the page: the element at the path when its text starts as the probe says, else the first
 * element whose text does (the innermost such), else null. Never the body or the document element.
 */
export function findStoryRoot(doc: Document, location: StoryLocation): Element | null {
  const usable = (el: Element | null): el is Element =>
    !!el && el !== doc.body && el !== doc.documentElement && textProbe(el) === location.probe;
  const atPath = elementAt(doc, location.path);
  if (usable(atPath)) return atPath;
  if (!location.probe) return null;
  let found: Element | null = null;
  const all = doc.body?.querySelectorAll('*') ?? [];
  for (let i = 0; i < all.length && i < SEARCH_LIMIT; i++) {
    const el = all[i]!;
    // Document order visits ancestors first: a later match inside the last one is the tighter element.
    if (usable(el) && (!found || found.contains(el))) found = el;
  }
  return found;
}

/** The deepest element holding every one of `elements`, or null when they share none below the document element. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const el of elements.slice(1)) {
    while (common && !common.contains(el)) common = common.parentElement;
    if (!common) return null;
  }
  return common;
}
