import { createSlicer } from '@/utils/annotate';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';
import { compileMatcherSliced, dictionaryEntries, type Matcher } from '@/utils/matcher';
import { watchEffectiveDictionary } from '@/utils/reader-layer/watch-effective';
import { initAnnotation } from './annotation';
import { loadBundledDictionary } from './bundled-dictionary';
import { initExtractArticle } from './extract-article';
import { initPageReport } from './page-report';

/** Annotates the page with `dictionary` and wires what sits on the marks, until `signal` aborts. */
function start(dictionary: Dictionary, signal: AbortSignal): void {
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

  const session = initAnnotation(signal, { index, matcher });
  initPageReport(signal, session, index);
  // Behaviours on top of the marks (hover card, keyboard navigation) are wired here with `session` and `index`:
  // session.marks() lists the marks in page order and session.onChange() tells when they change.
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const bundled = loadBundledDictionary();
    if (!bundled) return;
    initExtractArticle(ctx.signal);
    // The reader's own layer (learned articles, corrections) joins the bundled dictionary; when it changes the page
    // is annotated again at once with the new combination.
    let run: AbortController | undefined;
    watchEffectiveDictionary(
      bundled,
      (dictionary) => {
        run?.abort();
        run = new AbortController();
        start(dictionary, AbortSignal.any([ctx.signal, run.signal]));
      },
      ctx.signal,
    );
  },
});
