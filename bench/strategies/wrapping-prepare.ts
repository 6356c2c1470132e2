import { SubtreeScanner, type Found } from '../../utils/annotate/scan';
import { compileMatcher, dictionaryEntries } from '../../utils/matcher';
import { benchWindow, type PreparedRanges } from './shared';

// Run before tracing starts: finds the engine's mentions and notes them by text-node index, touching nothing, so
// the "wrapping" strategy can time mark.js on its own.
const found: Found[] = [];
new SubtreeScanner(document.body, compileMatcher(dictionaryEntries(benchWindow.__benchDictionary.entities))).run(
  found,
  () => false,
);
const index = new Map<Node, number>();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) index.set(n, i);
const prepared: PreparedRanges = found.map((f) => ({ index: index.get(f.node)!, matches: f.matches }));
benchWindow.__benchPrepared = prepared;
