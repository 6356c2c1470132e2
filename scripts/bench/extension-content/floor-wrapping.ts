import { wrapBatch, type WrapItem } from '../../../utils/annotate/wrap';
import { withDetachedIterators } from '../../../utils/annotate/text-iterator';
import type { Match } from '../../../utils/matcher';

/** A page's mentions, found ahead by the benchmark: text-node index, the node's text, and the matches in it. */
export type FoundAhead = { index: number; text: string; matches: Match[] }[];

interface LocalStorageArea {
  get(key: string): Promise<Record<string, FoundAhead | undefined>>;
}
const storage = (globalThis as unknown as { chrome: { storage: { local: LocalStorageArea } } }).chrome.storage.local;

/**
 * The re-based floor as a whole extension: read what the page needs from storage (as any extension reads its
 * settings), walk every text node, and wrap the mentions already known with mark.js in batches, as the engine does.
 * A node whose text is not what the benchmark saw (the page changed it) is left alone.
 */
async function run(): Promise<void> {
  const found = (await storage.get(location.pathname))[location.pathname] ?? [];
  const wanted = new Map(found.map((f) => [f.index, f]));
  const items: WrapItem[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) {
    const f = wanted.get(i);
    if (f && (n as Text).data === f.text) items.push({ node: n as Text, matches: f.matches });
  }
  withDetachedIterators(document, () => {
    for (let k = 0; k < items.length; k += 16) wrapBatch(items.slice(k, k + 16));
  });
}

void run();
