import { createSlicer } from '@/utils/annotate';
import { indexDictionary, type DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';
import { compileMatcherSliced, dictionaryEntries, type Matcher } from '@/utils/matcher';
import { sendMessage } from '@/utils/messaging';
import { createCardLookup } from '@/utils/reader-layer/card-lookup';
import { watchPageNames } from '@/utils/reader-layer/watch-names';
import { initAnnotation } from './annotation';
import { claimedInPage } from './framework-probe';
import { watchCardDelay } from './card-delay';
import { initHoverCard } from './hover-card';
import { initKeyboardNav } from './keyboard-nav';
import { loadBundledDictionary } from './bundled-dictionary';
import { initPageHtml } from './page-html';
import { initPageReport } from './page-report';

/** Annotates the page with `dictionary` and wires what sits on the marks, until `signal` aborts. */
function start(dictionary: Dictionary, signal: AbortSignal): DictionaryIndex {
  const index = indexDictionary(dictionary);
  // Compiled on first use only, so pages where Backstory is off pay nothing; sliced so it never blocks the page.
  let compiled: Promise<Matcher> | undefined;
  const matcher = () => {
    const slicer = createSlicer();
    return (compiled ??= compileMatcherSliced(
      dictionaryEntries(dictionary.entities),
      slicer.expired,
      slicer.pause,
      signal,
    ));
  };

  const session = initAnnotation(signal, { index, matcher, claimed: claimedInPage });
  initPageReport(signal, session, index);
  // The hover card and keyboard navigation are started once in main() and read the index returned here.
  return index;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Component styles go into the hover card's shadow root only, never into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    const bundled = loadBundledDictionary();
    if (!bundled) return;
    initPageHtml(ctx.signal);
    // The hover card and keyboard navigation outlive re-annotation; they read the dictionary in force when used.
    let index: DictionaryIndex | undefined;
    let bundledOnly = true;
    // With a learned layer the page holds names only; card details come from the background when a card opens.
    const fetched = createCardLookup(
      () => index,
      (ids) => sendMessage('content:get-cards', { ids }),
    );
    const card = (id: string) => (bundledOnly ? Promise.resolve(index?.entity(id) ? index : undefined) : fetched(id));
    initHoverCard(ctx, { index: () => index, card, cardDelay: watchCardDelay(ctx.signal) });
    initKeyboardNav(ctx.signal);
    // The reader's own layer (learned articles, corrections) joins the bundled dictionary by its names only; when it
    // changes the page is annotated again at once with the new combination.
    let run: AbortController | undefined;
    watchPageNames(
      bundled,
      (names) => {
        run?.abort();
        run = new AbortController();
        bundledOnly = names.bundledOnly;
        index = start(names.dictionary, AbortSignal.any([ctx.signal, run.signal]));
      },
      ctx.signal,
    );
  },
});
