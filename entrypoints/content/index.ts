import { createSlicer } from '@/utils/annotate';
import { indexEntities } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';
import { combineMatchers, compileMatcherSliced, dictionaryEntries, type Matcher } from '@/utils/matcher';
import type { ReadAlongStatus } from '@/utils/messaging';
import { looksLikeArticle } from '@/utils/page/looks-like-article';
import { storedItem } from '@/utils/page/stored-items';
import { PAGE_NAMES_KEY, type PageNames } from '@/utils/reader-layer/model/names-index';
import { watchPageNames } from '@/utils/reader-layer/cards/watch-names';
import { settingsFeed, type SettingsFeed } from '@/utils/settings/page-feed';
import type { Settings } from '@/utils/settings/schema';
import { initAnnotation, type AnnotationSession, type MarkingNames } from './annotation';
import { bundledNamesStamp, loadBundledNames } from './bundled-names';
import { importCardChunk, importLearnedNamesChunk, importReadAlongChunk, importStoryChunk } from './card-chunk';
import { initCardTrigger } from './card-trigger';
import { claimedInPage } from './framework-probe';
import { initPageReport } from './page-report';
import { localItems } from './page-storage';
import type { PageDictionary, PageStory } from '../read-along-chunk/read-along';
import { readAlongGate } from './read-along-gate';
import { hasText, inPageOrigin, isTopFrame } from './frame';

/** Compiles a dictionary's matcher in slices, so it never blocks the page; each dictionary once per page. */
function matcherCompiler(signal: AbortSignal): (dictionary: Dictionary) => Promise<Matcher> {
  const compiled = new WeakMap<Dictionary, Promise<Matcher>>();
  return (dictionary) => {
    let matcher = compiled.get(dictionary);
    if (!matcher) {
      const slicer = createSlicer();
      matcher = compileMatcherSliced(dictionaryEntries(dictionary.entities), slicer.expired, slicer.pause, signal);
      compiled.set(dictionary, matcher);
    }
    return matcher;
  };
}

/**
 * `page`'s names, indexed, with their matcher compiled on first use only (pages where Backstory is off pay nothing). A
 * story's names are compiled alone and asked beside the page's, which are compiled once, however large.
 */
function pageNames(page: PageDictionary, compile: (dictionary: Dictionary) => Promise<Matcher>): MarkingNames {
  let matcher: ReturnType<MarkingNames['matcher']> | undefined;
  const { outside } = page;
  return {
    index: page.index ?? indexEntities(page.dictionary),
    matcher: () =>
      (matcher ??= outside
        ? Promise.all([compile(outside.dictionary), compile(outside.story)]).then(([base, story]) => {
            const both = combineMatchers(base, story);
            return (node: Text) => (outside.inStory(node) ? both : base);
          })
        : compile(page.dictionary)),
  };
}

/** Annotates the page with `names` and wires what sits on the marks, until `signal` aborts. */
function start(
  names: MarkingNames,
  settings: SettingsFeed,
  readAlong: { status: () => ReadAlongStatus; gate: (settings: Settings) => void },
  signal: AbortSignal,
): AnnotationSession {
  const session = initAnnotation(signal, {
    ...names,
    claimed: claimedInPage,
    // The story's frame is found by the story's own small script, loaded on article pages only.
    storyFrame: async () => (await importStoryChunk()).storyFrame(),
    settings,
    onSettings: readAlong.gate,
  });
  // A frame's names are the page's too, but the page's report (popup, badge) is the top frame's.
  if (isTopFrame()) initPageReport(signal, session, readAlong.status);
  // The hover card and keyboard navigation are started once in main() and read the session returned here.
  return session;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames of the page's own origin (embedded stories, srcdoc frames) are read too; others are left at once.
  allFrames: true,
  matchAboutBlank: true,
  // Component styles go into the hover card's shadow root only, never into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Only what every page needs runs here: names, settings, matcher and annotator. The card and its details load
    // from the card's script when a name is first hovered or focused.
    if (!inPageOrigin() || !hasText()) return;
    // An article's first marks wait for the story's script: it is fetched now, while the settings are read, rather
    // than once they are (fetching an extension's script takes tens of milliseconds).
    if (looksLikeArticle(document)) void importStoryChunk().catch(() => undefined);
    const bundled = loadBundledNames();
    if (!bundled) return;
    const settings = settingsFeed(localItems);
    // Read alongside the page's names rather than after them (the read is shared; it never fails).
    void settings.load();
    // The hover card and keyboard navigation outlive re-annotation; they read the dictionary in force when used.
    let session: AnnotationSession | undefined;
    let bundledOnly = true;
    const mentions = () => session?.marks() ?? [];
    const source = { index: () => session?.index(), bundledOnly: () => bundledOnly, settings, mentions };
    const compile = matcherCompiler(ctx.signal);
    initCardTrigger(
      ctx.signal,
      (id) => session?.index().entity(id) !== undefined,
      async (first) => (await importCardChunk()).startCard(ctx, source, first),
    );
    // The reader's own layer (learned articles, corrections) joins the bundled dictionary by the names the page's text
    // holds, asked of the background, and the story read along joins here; when either changes the page is annotated
    // again.
    let run: AbortController | undefined;
    let names: PageNames | undefined;
    let story: PageStory | null = null;
    let status: ReadAlongStatus = { state: 'waiting' };
    const onStatus = (next: ReadAlongStatus) => (status = next);
    // Reading along starts (its script loads) the first time the settings allow it on an article page.
    // Only the page itself is read along: a frame is not the story.
    const gate = readAlongGate(onStatus, async () =>
      (await importReadAlongChunk()).initReadAlong(ctx, {
        settings,
        onStory: (next) => {
          if (next === story) return;
          // A story arriving on a marked page is marked in its own text; the rest of the page keeps its marks.
          const joins = !story && next && session && names;
          story = next;
          if (!joins) return restart();
          bundledOnly = false;
          session!.retarget(
            pageNames(next.join(names!.dictionary, session!.index()), compile),
            next.text?.root ?? null,
          );
        },
        onStatus,
      }),
    );
    const readAlong = { status: () => status, gate: isTopFrame() ? gate : () => undefined };
    // Reading along starts as soon as the settings are read, beside the page's first marks rather than after them, so
    // the story's names come back sooner; the annotator's settings pass the gate again, which then does nothing.
    void settings.load().then(({ settings: read }) => readAlong.gate(read));
    const restart = () => {
      if (!names) return;
      run?.abort();
      run = new AbortController();
      // Cards of a story's names come from the background, which holds the story.
      bundledOnly = names.bundledOnly && !story;
      const page = story ? story.join(names.dictionary) : { dictionary: names.dictionary };
      session = start(pageNames(page, compile), settings, readAlong, AbortSignal.any([ctx.signal, run.signal]));
    };
    const onNames = (next: PageNames) => {
      names = next;
      restart();
    };
    // Learned names new to the page's later text are followed until the names change again.
    let follow: AbortController | undefined;
    watchPageNames(
      storedItem(localItems, PAGE_NAMES_KEY),
      async (raw) => {
        follow?.abort();
        follow = new AbortController();
        // No mark: no learned names, and nothing to load.
        if (raw === null) return { dictionary: bundled, bundledOnly: true };
        const chunk = await importLearnedNamesChunk();
        return chunk.namesOnPage(
          raw,
          bundled,
          bundledNamesStamp,
          onNames,
          AbortSignal.any([ctx.signal, follow.signal]),
        );
      },
      onNames,
      ctx.signal,
    );
  },
});
