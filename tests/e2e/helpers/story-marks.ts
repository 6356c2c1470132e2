import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { looksLikeArticle } from '../../../utils/page/looks-like-article';
import { storyRoots } from '../../../utils/page/story-frame';
import { FIXTURES_DIR } from './static-server';

/** Whether the saved page is an article whose story is found (other pages are marked whole, as before). */
export function framed(path: string): boolean {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const html = readFileSync(`${FIXTURES_DIR}/${path}`, 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const found = looksLikeArticle(doc) && storyRoots(doc) !== null;
  void window.happyDOM.close();
  return found;
}

export interface MarkCount {
  total: number;
  /** Marks inside page furniture by landmarks alone, judged independently of the extension's own rules. */
  inFurniture: number;
  counts: Record<string, number>;
}

/** Runs in the page: the marks, counted per entity, and how many sit in landmarks of page furniture. */
export function countMarks(): MarkCount {
  const FURNITURE = 'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
  const marks = [...document.querySelectorAll('[data-backstory-entity]')];
  const counts: Record<string, number> = {};
  let inFurniture = 0;
  for (const mark of marks) {
    const id = mark.getAttribute('data-backstory-entity') ?? '';
    counts[id] = (counts[id] ?? 0) + 1;
    // The site's header and footer; an article's own header (its headline) and footers (a chart's credits) are its text.
    const siteEdge = mark.closest('header, footer') && !mark.closest('article, main, [role="main"]');
    if (mark.closest(FURNITURE) || siteEdge) inFurniture++;
  }
  return { total: marks.length, inFurniture, counts };
}
