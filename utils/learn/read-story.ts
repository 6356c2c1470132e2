import { buildDictionary } from '../builder';
import type { Dictionary } from '../dictionary/schema';
import type { ExtractedArticle } from '../messaging';
import { extractArticle } from '../page/extract-article';
import { toArticleInput } from '../reader-layer/model/learn';
import { looksEnglish } from './story-language';
import { commonAncestor, elementAt as elementAtPath, pathOf, textProbe, type StoryLocation } from './story-root';

/** Characters of page HTML read along: several times a heavy news page; past it the page is left alone. */
export const MAX_STORY_HTML = 5_000_000;

/** Why a page's story was not read. */
export type StorySkip = 'not-article' | 'not-english' | 'too-large' | 'unreadable';

/** A story read from a page: the article, where it sits, and what the builder found in it. */
export interface StoryRead {
  article: ExtractedArticle;
  /** The story's element in the page, or null when it could not be told. */
  location: StoryLocation | null;
  dictionary: Dictionary;
}

export type StoryResult = ({ ok: true } & StoryRead) | { ok: false; reason: StorySkip; detail?: string };

/** Marks every element of `doc` with its document-order index, so they can be found again on Readability's copy. */
const INDEX_ATTR = 'data-backstory-i';

/** Blocks handed to the page at most: a long story has a few hundred. */
const MAX_BLOCKS = 1_000;

/** Class and id words of the page's furniture inside a story's element: bylines, credits, captions, teasers, sharing. */
const NOT_STORY =
  /(^|[\s_-])(byline|author|credit|caption|copyright|share|sharing|social|related|promo|newsletter|print|teaser|recirc|rail|sidebar|trending|most-read|popular)/i;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether a kept element is the story's own text rather than what Readability let through around it: another
 * story's teaser (a link, or text that is mostly links) or the byline.
 */
function isStoryBlock(el: Element, original: Element, byline: string): boolean {
  if (original.closest('a, figcaption')) return false;
  for (let up: Element | null = original; up && up.localName !== 'body'; up = up.parentElement)
    if (NOT_STORY.test(`${up.id} ${up.getAttribute('class') ?? ''}`)) return false;
  const text = squash(el.textContent ?? '');
  if (!text || (byline && text.length < byline.length + 20 && text.includes(byline))) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += squash(a.textContent ?? '').length;
  return linked <= text.length / 2;
}

/** The paths of the page's elements whose own text Readability kept as the story's. */
function keptBlocks(content: Element, all: NodeListOf<Element>, byline: string): number[][] {
  const paths: number[][] = [];
  for (const el of content.querySelectorAll(`[${INDEX_ATTR}]`)) {
    if (paths.length >= MAX_BLOCKS) break;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim());
    const original = ownText ? all[Number(el.getAttribute(INDEX_ATTR))] : undefined;
    const path = original && isStoryBlock(el, original, byline) && pathOf(original);
    if (path) paths.push(path);
  }
  return paths;
}

/** The page's element Readability built the story from: the innermost element holding every part it kept. */
function storyLocation(doc: Document, content: Element | undefined, byline = ''): StoryLocation | null {
  if (!content) return null;
  const all = doc.querySelectorAll('*');
  const kept: Element[] = [];
  // Only the outermost kept elements: their insides add nothing to the common ancestor.
  const outermost = (el: Element) => {
    for (let up = el.parentElement; up && up !== content; up = up.parentElement)
      if (up.hasAttribute(INDEX_ATTR)) return false;
    return true;
  };
  const tagged = content.hasAttribute(INDEX_ATTR) ? [content] : content.querySelectorAll(`[${INDEX_ATTR}]`);
  for (const el of tagged) {
    if (el !== content && !outermost(el)) continue;
    const original = all[Number(el.getAttribute(INDEX_ATTR))];
    if (original) kept.push(original);
  }
  let root = commonAncestor(kept);
  if (!root) return null;
  // Parts spread over the whole page: only the blocks say where the story is.
  if (root === doc.documentElement) root = doc.body;
  const path = pathOf(root);
  const blocks = keptBlocks(content, all, squash(byline));
  const first = blocks[0] && elementAtPath(doc, blocks[0]);
  if (!path || (root === doc.body && !first)) return null;
  return { path, probe: textProbe(root), blocks, ...(first ? { blockProbe: textProbe(first) } : {}) };
}

/**
 * Reads the story of a page from its HTML, off the page: `parse` makes an inert document (DOMParser), Readability
 * extracts the story, the builder runs on it. Pages that are too large, not articles or not English are skipped with
 * the reason; nothing here throws.
 */
export function readStory(html: string, url: string, parse: (html: string) => Document): StoryResult {
  if (html.length > MAX_STORY_HTML) return { ok: false, reason: 'too-large' };
  try {
    const doc = parse(html);
    doc.querySelectorAll('*').forEach((el, i) => el.setAttribute(INDEX_ATTR, String(i)));
    let content: Element | undefined;
    const article = extractArticle(doc, url, (node) => (content = node));
    if ('error' in article) return { ok: false, reason: 'not-article', detail: article.error };
    if (!looksEnglish(article.text, doc.documentElement.getAttribute('lang') ?? ''))
      return { ok: false, reason: 'not-english' };
    const location = storyLocation(doc, content, article.byline);
    const dictionary = buildDictionary([toArticleInput(article)]);
    return { ok: true, article, location, dictionary };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as Error).message };
  }
}
