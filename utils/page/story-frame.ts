import { inDocument, shadowRootOf } from '../annotate/shadow';
import { FURNITURE_CLASS, FURNITURE_ID, FURNITURE_ROLES, FURNITURE_TAGS } from './furniture';

/** Where an article page's own story is, as the annotator needs it. */
export interface StoryFrame {
  /** Whether `el` and everything in it are left alone: off the story, or furniture inside it. */
  leaves(el: Element): boolean;
  /** Whether `node` is part of the story's own text. */
  holds(node: Node): boolean;
}

/** Fewer paragraphs than this and a container is a teaser, not a story. */
const MIN_PARAGRAPHS = 3;
/** The story holds at least this share of the page's paragraph text, so a front page of teasers has none. */
const MIN_PARAGRAPH_SHARE = 0.4;
/** A story standing among other articles has at least this much paragraph text… */
const MIN_STORY_CHARS = 1_000;
/** …and this many times the text of the next article beside it. */
const DOMINANCE = 3;
/** A page with more paragraphs is marked whole: measuring them would hold the page up longer than a story is worth. */
const MAX_PARAGRAPHS = 2_000;
/** Article containers looked at, so a page of thousands of teasers costs little. */
const MAX_CANDIDATES = 60;
/** A list is a rail of links when this share of each item's text is link text. */
const LINK_TEXT_SHARE = 0.8;

const paragraphs = (el: ParentNode) => el.querySelectorAll('p').length;

/** Characters of paragraph text in `el` (teasers have short ones, stories long ones). */
function paragraphText(el: ParentNode): number {
  let chars = 0;
  for (const p of el.querySelectorAll('p')) chars += (p.textContent ?? '').length;
  return chars;
}

/**
 * The article element with the most paragraph text, when it is the story: it holds a story's share of the page's
 * paragraph text, or far more than any other article beside it (one story among short teasers and rails).
 */
function storyArticle(doc: Document, all: number): Element | null {
  const sized = [...doc.querySelectorAll('article, [role="article"]')]
    .slice(0, MAX_CANDIDATES)
    .map((el) => ({ el, chars: paragraphText(el) }))
    .sort((a, b) => b.chars - a.chars);
  const [best] = sized;
  if (!best || paragraphs(best.el) < MIN_PARAGRAPHS) return null;
  if (best.chars >= all * MIN_PARAGRAPH_SHARE) return best.el;
  const beside = sized.find((s) => !best.el.contains(s.el) && !s.el.contains(best.el));
  return best.chars >= MIN_STORY_CHARS && (!beside || best.chars >= beside.chars * DOMINANCE) ? best.el : null;
}

/** The element with the most paragraphs as its own children (where a page without article markup keeps its text). */
function paragraphParent(doc: Document): [Element | null, number] {
  const counts = new Map<Element, number>();
  let best: [Element | null, number] = [null, 0];
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const count = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, count);
    if (count > best[1]) best = [parent, count];
  }
  return best;
}

const MARKED_BODY = '[itemprop~="articleBody"], [property~="articleBody"]';
/**
 * What hides an element without asking for layout: some sites repeat the story as plain text in a hidden block of
 * schema.org metadata, the visible story elsewhere.
 */
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]';

/** The element the page itself marks as its article's body (schema.org `articleBody`), if any and not hidden. */
export function markedStoryBody(doc: Document): Element | null {
  for (const el of doc.querySelectorAll(MARKED_BODY)) if (!el.closest(HIDDEN)) return el;
  return null;
}

/**
 * The element holding the story's body: marked as such, else the article with the most paragraphs, else the parent
 * of the most paragraphs; null when none holds a story's share of the page's paragraphs, or the page is huge.
 */
export function storyBody(doc: Document): Element | null {
  const marked = markedStoryBody(doc);
  if (marked) return marked;
  if (paragraphs(doc) > MAX_PARAGRAPHS) return null;
  const all = paragraphText(doc);
  const [parent, count] = paragraphParent(doc);
  const byParent = parent && count >= MIN_PARAGRAPHS && paragraphText(parent) >= all * MIN_PARAGRAPH_SHARE;
  return storyArticle(doc, all) ?? (byParent ? parent : null);
}

/**
 * The story's roots: its body, with its headline when that sits outside. A close wrapper of both (holding hardly
 * more paragraphs than the body) is taken whole, so the lead picture's caption and the standfirst come with them.
 */
export function storyRoots(doc: Document): Element[] | null {
  const body = storyBody(doc);
  if (!body) return null;
  const headline = doc.querySelector('h1');
  if (!headline || body.contains(headline)) return [body];
  let wrapper: Element | null = body.parentElement;
  while (wrapper && !wrapper.contains(headline)) wrapper = wrapper.parentElement;
  const close = wrapper && wrapper !== doc.body && wrapper !== doc.documentElement;
  if (close && paragraphs(wrapper!) <= paragraphs(body) + MIN_PARAGRAPHS) return [wrapper!];
  return [body, headline];
}

/** Whether `el` has text, nearly all of it inside links. */
function allLinks(el: Element): boolean {
  const text = (el.textContent ?? '').trim().length;
  let linked = 0;
  for (const link of el.querySelectorAll('a')) linked += (link.textContent ?? '').trim().length;
  return text > 0 && linked >= text * LINK_TEXT_SHARE;
}

/** Block content inside a link makes the link a teaser card for another page. */
const TEASER_BLOCKS = 'div, p, h1, h2, h3, h4, h5, h6, ul, ol, figure';

/**
 * Whether `el` is page furniture: by its tag, role, class or id; a list whose items are all links (a rail of other
 * headlines, a menu, a "read more" line); a footer or a subheading that is all links; a whole teaser card as one link.
 */
export function isFurniture(el: Element): boolean {
  return isFurnitureKind(el) || isFurnitureNamed(el) || isFurnitureByContent(el);
}

/** Furniture by its tag or role. */
function isFurnitureKind(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  return !!role && FURNITURE_ROLES.has(role.trim().toLowerCase());
}

/** Furniture by its class or id. */
const isFurnitureNamed = (el: Element): boolean =>
  FURNITURE_CLASS.test(el.getAttribute('class') ?? '') || FURNITURE_ID.test(el.id);

/** Furniture by what it holds: a list or footer of links, a teaser card as one link. */
function isFurnitureByContent(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'ul' || tag === 'ol') return el.children.length > 0 && [...el.children].every(allLinks);
  if (tag === 'a') return el.querySelector(TEASER_BLOCKS) !== null;
  return (tag === 'footer' || /^h[2-6]$/.test(tag)) && allLinks(el);
}

/** Share of a story's paragraph text past which an element holding it is the story's own, whatever its name says. */
const MOST_OF_STORY = 0.5;

/**
 * Whether `el`, inside the story root `root`, is furniture: as isFurniture says, but an element named like furniture
 * that holds most of the story's paragraph text is the story's own — a layout's column named for the sidebar or rail
 * beside it ("l-sidebar-fixed", "grid--with-right-rail"). `sizes` keeps paragraph text measured once per element.
 */
function isFurnitureIn(el: Element, root: Element, sizes: WeakMap<Element, number>): boolean {
  if (isFurnitureKind(el)) return true;
  if (!isFurnitureNamed(el)) return isFurnitureByContent(el);
  const size = (e: Element) => sizes.get(e) ?? sizes.set(e, paragraphText(e)).get(e)!;
  return size(el) < size(root) * MOST_OF_STORY;
}

/**
 * The story frame of `doc`, or null when no story container is found (the page is then marked whole, as before).
 * Found again when the page replaces a root (a framework re-rendering the article).
 */
export function findStoryFrame(doc: Document): StoryFrame | null {
  let roots = storyRoots(doc);
  if (!roots) return null;
  // Null once the story is gone from a changed page: then nothing is left alone.
  const current = () => {
    if (roots && !roots.every((r) => r.isConnected)) roots = storyRoots(doc);
    return roots;
  };
  const sizes = new WeakMap<Element, number>();
  return {
    leaves(el) {
      const now = current();
      if (!now || now.includes(el)) return false;
      // Inside a web component's shadow root only furniture is left: its host was judged on its way in.
      if (shadowRootOf(el)) return isFurniture(el);
      const root = now.find((r) => r.contains(el));
      if (root) return isFurnitureIn(el, root, sizes);
      // An ancestor of a root is walked through; anything else is off the story.
      return !now.some((r) => el.contains(r));
    },
    holds(inShadow) {
      const now = current();
      if (!now) return true;
      const node = inDocument(inShadow);
      const root = now.find((r) => r.contains(node));
      if (!root) return false;
      for (
        let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        el && el !== root;
        el = el.parentElement
      )
        if (isFurnitureIn(el, root, sizes)) return false;
      return true;
    },
  };
}
