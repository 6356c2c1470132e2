import { DEFAULT_BUDGET } from '@/utils/annotate/constants';
import { SKIPPED_TAGS } from '@/utils/annotate/skip';
import { createSlicer } from '@/utils/annotate/slices';
import { dictionaryFromRows } from '@/utils/dictionary/names-only';
import type { Dictionary } from '@/utils/dictionary/schema';
import { addTellingWords } from '@/utils/matcher/telling-words';
import { sendMessage } from '@/utils/messaging';
import type { PageNames, PageNamesMark } from '@/utils/reader-layer/model/names-index';
import { fromStoredText } from '@/utils/reader-layer/store/lazy-item';

/** How long added text gathers before its new words are asked about: a page that renders in bursts asks once. */
const NEW_TEXT_AFTER_MS = 1_000;

/** Whether the annotator never marks text in `node`'s parent, so its words need not be asked about. */
function unread(node: Node): boolean {
  return SKIPPED_TAGS.has(node.parentElement?.localName ?? '');
}

/**
 * Adds the telling words of the text under `root` (see telling-words) to `into`, a slice at a time so no task of the
 * page's is long, up to as many characters as the annotator reads (past them nothing is marked anyway).
 */
async function addPageWords(root: Node, into: Set<string>): Promise<void> {
  if (root.nodeType === Node.TEXT_NODE) {
    if (!unread(root)) addTellingWords((root as Text).data, into);
    return;
  }
  const slicer = createSlicer();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node && chars < DEFAULT_BUDGET.chars; node = walker.nextNode()) {
    if (unread(node)) continue;
    const text = (node as Text).data;
    chars += text.length;
    addTellingWords(text, into);
    if (slicer.expired()) await slicer.pause();
  }
}

/** The telling words of the text under `root` now. */
export async function pageWords(root: Node): Promise<string[]> {
  const words = new Set<string>();
  await addPageWords(root, words);
  return [...words];
}

/** The names the background hands over for `words`, or null when its answer is damaged. */
async function askFor(words: Iterable<string>): Promise<Dictionary | null> {
  return dictionaryFromRows(await sendMessage('content:names-in-page', { words: [...words] }));
}

/**
 * What the page matches with, from the page names mark: the reader's names its text holds, asked of the background,
 * which holds them all; or the bundled names alone when the layer adds none, when the mark names other bundled names
 * (before an update), or when the answer cannot be used. With `onMore`, text the page adds later is followed until
 * `signal` aborts, and `onMore` is handed the names again whenever that text brings learned names the page lacked.
 */
export async function namesOnPage(
  raw: unknown,
  bundled: Dictionary,
  stamp: string,
  onMore?: (names: PageNames) => void,
  signal?: AbortSignal,
): Promise<PageNames> {
  const mark = fromStoredText(raw) as Partial<PageNamesMark> | null;
  if (mark?.version !== 2 || mark.bundled !== stamp) return { dictionary: bundled, bundledOnly: true };
  try {
    const root = document.body ?? document.documentElement;
    const words = new Set<string>();
    await addPageWords(root, words);
    const dictionary = await askFor(words);
    if (dictionary) {
      if (onMore && signal) followNewText(root, words, dictionary.entities.length, onMore, signal);
      return { dictionary, bundledOnly: false };
    }
    console.warn('Backstory: your learned names came back damaged; this page is marked with the bundled names.');
  } catch (error) {
    console.warn('Backstory: your learned names could not be read; this page is marked with the bundled names.', error);
  }
  return { dictionary: bundled, bundledOnly: true };
}

/**
 * Watches text added under `root` (a live blog's new posts, a feed that grows) and asks again, with every word asked
 * so far, when it brings words not asked before; `onMore` gets the answer when it holds more names than `held`. The
 * page's own marks bring no new words, so marking asks nothing.
 */
function followNewText(
  root: Node,
  asked: Set<string>,
  held: number,
  onMore: (names: PageNames) => void,
  signal: AbortSignal,
): void {
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = async () => {
    timer = undefined;
    const words = new Set<string>();
    for (const node of added.splice(0)) if (node.isConnected) await addPageWords(node, words);
    const fresh = [...words].filter((w) => !asked.has(w));
    if (!fresh.length || signal.aborted) return;
    for (const word of fresh) asked.add(word);
    const dictionary = await askFor(asked).catch(() => null);
    if (!dictionary || signal.aborted || dictionary.entities.length <= held) return;
    held = dictionary.entities.length;
    onMore({ dictionary, bundledOnly: false });
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) added.push(...record.addedNodes);
    timer ??= setTimeout(() => void check(), NEW_TEXT_AFTER_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    added = [];
  });
}
