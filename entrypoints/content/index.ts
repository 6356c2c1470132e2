import { createSlicer } from '@/utils/annotate';
import { indexDictionary } from '@/utils/dictionary/lookup';
import { compileMatcherSliced, dictionaryEntries, type Matcher } from '@/utils/matcher';
import { initAnnotation } from './annotation';
import { loadBundledDictionary } from './bundled-dictionary';
import { initPageReport } from './page-report';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const dictionary = loadBundledDictionary();
    if (!dictionary) return;
    const index = indexDictionary(dictionary);
    // Compiled on first use only, so pages where Backstory is off pay nothing; sliced so it never blocks the page.
    let compiled: Promise<Matcher> | undefined;
    const matcher = () => {
      const slicer = createSlicer();
      return (compiled ??= compileMatcherSliced(
        dictionaryEntries(dictionary.entities),
        slicer.expired,
        slicer.pause,
        ctx.signal,
      ));
    };

    const session = initAnnotation(ctx.signal, { index, matcher });
    initPageReport(ctx.signal, session, index);
    // Behaviours on top of the marks (hover card, keyboard navigation) are wired here with `session` and `index`:
    // session.marks() lists the marks in page order and session.onChange() tells when they change.
  },
});
