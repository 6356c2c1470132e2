import { dictionaryFromRows } from '@/utils/dictionary/names-only';
import type { Dictionary } from '@/utils/dictionary/schema';
import { addTellingWords } from '@/utils/matcher/telling-words';
import { sendMessage } from '@/utils/messaging';
import type { PageNames, PageNamesMark } from '@/utils/reader-layer/model/names-index';
import { fromStoredText } from '@/utils/reader-layer/store/lazy-item';

/** Elements whose text is never marked, so never asked about. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The telling words of the text under `root` now (see telling-words). */
export function pageWords(root: Node): string[] {
  const words = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!UNREAD.has(node.parentElement?.tagName ?? '')) addTellingWords((node as Text).data, words);
  return [...words];
}

/**
 * What the page matches with, from the page names mark: the reader's names its text holds, asked of the background,
 * which holds them all; or the bundled names alone when the layer adds none, when the mark names other bundled names
 * (before an update), or when the answer cannot be used.
 */
export async function namesOnPage(raw: unknown, bundled: Dictionary, stamp: string): Promise<PageNames> {
  const mark = fromStoredText(raw) as Partial<PageNamesMark> | null;
  if (mark?.version !== 2 || mark.bundled !== stamp) return { dictionary: bundled, bundledOnly: true };
  try {
    const words = pageWords(document.body ?? document.documentElement);
    const dictionary = dictionaryFromRows(await sendMessage('content:names-in-page', { words }));
    if (dictionary) return { dictionary, bundledOnly: false };
    console.warn('Backstory: your learned names came back damaged; this page is marked with the bundled names.');
  } catch (error) {
    console.warn('Backstory: your learned names could not be read; this page is marked with the bundled names.', error);
  }
  return { dictionary: bundled, bundledOnly: true };
}
