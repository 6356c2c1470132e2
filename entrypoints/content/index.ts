import { createSlicer } from '@/utils/annotate';
import { indexEntities, type EntityLookup } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';
import { compileMatcherSliced, dictionaryEntries, type Matcher } from '@/utils/matcher';
import { storedItem } from '@/utils/page/stored-items';
import { LAYER_NAMES_KEY } from '@/utils/reader-layer/names-index';
import { watchPageNames } from '@/utils/reader-layer/watch-names';
import { settingsFeed, type SettingsFeed } from '@/utils/settings/page-feed';
import { initAnnotation } from './annotation';
import { loadBundledNames } from './bundled-names';
import { importCardChunk } from './card-chunk';
import { initCardTrigger } from './card-trigger';
import { claimedInPage } from './framework-probe';
import { initPageReport } from './page-report';
import { localItems } from './page-storage';

/** Annotates the page with `dictionary` and wires what sits on the marks, until `signal` aborts. */
function start(dictionary: Dictionary, settings: SettingsFeed, signal: AbortSignal): EntityLookup {
  const index = indexEntities(dictionary);
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

  const session = initAnnotation(signal, { index, matcher, claimed: claimedInPage, settings });
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
    // Only what every page needs runs here: names, settings, matcher and annotator. The card and its details load
    // from the card's script when a name is first hovered or focused.
    const bundled = loadBundledNames();
    if (!bundled) return;
    const settings = settingsFeed(localItems);
    // The hover card and keyboard navigation outlive re-annotation; they read the dictionary in force when used.
    let index: EntityLookup | undefined;
    let bundledOnly = true;
    const source = { index: () => index, bundledOnly: () => bundledOnly, settings };
    initCardTrigger(
      ctx.signal,
      (id) => index?.entity(id) !== undefined,
      async (first) => (await importCardChunk()).startCard(ctx, source, first),
    );
    // The reader's own layer (learned articles, corrections) joins the bundled dictionary by its names only; when it
    // changes the page is annotated again at once with the new combination.
    let run: AbortController | undefined;
    watchPageNames(
      storedItem(localItems, LAYER_NAMES_KEY),
      bundled,
      (names) => {
        run?.abort();
        run = new AbortController();
        bundledOnly = names.bundledOnly;
        index = start(names.dictionary, settings, AbortSignal.any([ctx.signal, run.signal]));
      },
      ctx.signal,
    );
  },
});
