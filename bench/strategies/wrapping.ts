import { wrapBatch, type WrapItem } from '../../utils/annotate/wrap';
import { withDetachedIterators } from '../../utils/annotate/text-iterator';
import { benchWindow } from './shared';

// mark.js wrapping alone, the way the engine calls it, with the mentions already known: walk to the text nodes
// (as the floor does) and hand them to mark.js in batches. No engine built on mark.js can cost less than this.
const prepared = benchWindow.__benchPrepared ?? [];
const wanted = new Map(prepared.map((p) => [p.index, p.matches]));
const items: WrapItem[] = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) {
  const matches = wanted.get(i);
  if (matches) items.push({ node: n as Text, matches });
}
let marks = 0;
withDetachedIterators(document, () => {
  for (let k = 0; k < items.length; k += 16)
    for (const record of wrapBatch(items.slice(k, k + 16))) marks += record?.marks.length ?? 0;
});
benchWindow.__benchDone = { marks, status: 'done' };
