import { createAnnotator, type Annotator } from '@/utils/annotate';
import { findHydrationRoots, holdUntilHydrated, type HydrationHold } from '@/utils/annotate/hydration';
import type { EntityLookup } from '@/utils/dictionary/lookup';
import type { Matcher } from '@/utils/matcher';
import type { PageStatus } from '@/utils/messaging';
import { isSiteLandmark } from '@/utils/page/landmarks';
import { looksLikeArticle } from '@/utils/page/looks-like-article';
import type { StoryFrame } from '@/utils/page/story-frame';
import type { SettingsFeed } from '@/utils/settings/page-feed';
import type { Settings } from '@/utils/settings/schema';
import { decideRun } from '@/utils/settings/site-rules';

/** The page's annotation as other behaviours see it: the annotator in force (if any) and change notifications. */
export interface AnnotationSession {
  /** The annotator in force, or undefined while Backstory is off on this page. */
  annotator(): Annotator | undefined;
  /** Highlighted names in page order (none while off). */
  marks(): HTMLElement[];
  status(): PageStatus;
  /** Why work stopped early, when status is 'gave-up'. */
  note(): string | undefined;
  /** The story's frame when the reader marks the whole page of an article, to count mentions around the story. */
  around(): StoryFrame | undefined;
  /** Calls `listener` when marks are added or removed or the annotator is replaced; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** The names the page is marked with now. */
  index(): EntityLookup;
  /**
   * Marks with `names` from now on: the text under `root` is marked again at once, the rest of the page keeps its
   * marks (what a story read along adds is looked for in its own text only).
   */
  retarget(names: MarkingNames, root: Element | null): void;
}

/** The names a page is marked with: looked up by id, and found by the matcher (compiled on first use). */
export type MarkingNames = Pick<AnnotationDeps, 'index' | 'matcher'>;

/** What annotation works with. */
export interface AnnotationDeps {
  index: EntityLookup;
  matcher: () => Promise<Matcher | ((node: Text) => Matcher)>;
  claimed: (el: Element) => boolean;
  settings: SettingsFeed;
  /** The page's story frame (null where none is found), asked for on article pages only. */
  storyFrame?: () => Promise<StoryFrame | null>;
  /** Told the settings each time they are read (reading along decides from them). */
  onSettings?: (settings: Settings) => void;
}

/**
 * Annotates the page under the reader's settings and follows every change at once: switching off (globally, for
 * the site, or "articles only" on a non-article) removes every mark; switching on annotates again; a new
 * highlight style restyles in place; other changes re-annotate. Everything is undone when `signal` aborts.
 */
export function initAnnotation(signal: AbortSignal, deps: AnnotationDeps): AnnotationSession {
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  let current: Annotator | undefined;
  let unsubscribe: (() => void) | undefined;
  let configKey = '';
  let offStatus: PageStatus = 'scanning';
  let version = 0;
  let frame: StoryFrame | null = null;
  let wholePage = false;
  let names: MarkingNames = deps;
  // Server-rendered markup a framework has yet to hydrate is left alone until it has (found once, when first on).
  let hold: HydrationHold | undefined;
  const holdHydration = () =>
    (hold ??= holdUntilHydrated(findHydrationRoots(document), {
      claimed: deps.claimed,
      onRelease: (root) => current?.rescan(root),
      signal,
    }));

  const stopCurrent = () => {
    unsubscribe?.();
    current?.stop();
    current = undefined;
    configKey = '';
  };

  const apply = async (settings: Settings) => {
    const mine = ++version;
    const decision = decideRun(settings, location.hostname, () => looksLikeArticle(document));
    if (decision !== 'run') {
      stopCurrent();
      offStatus = decision;
      emit();
      return;
    }
    const key = JSON.stringify([settings.types, settings.firstMentionOnly, settings.wholePage]);
    if (current && key === configKey) {
      current.setHighlightStyle(settings.highlightStyle);
      return;
    }
    // Articles are marked in their story only (unless the reader chose the whole page); a frame that cannot be found
    // or loaded leaves the page marked as one that is not an article.
    const findFrame = deps.storyFrame && looksLikeArticle(document) ? deps.storyFrame().catch(() => null) : null;
    const using = names;
    const [matcher, found] = await Promise.all([using.matcher(), findFrame]);
    if (mine !== version || signal.aborted) return;
    // New names came meanwhile: the page is marked with those.
    if (using !== names) return apply(settings);
    stopCurrent();
    [frame, wholePage] = [found, settings.wholePage];
    current = annotatorFor(settings, matcher, frame, holdHydration(), () => names.index);
    configKey = key;
    unsubscribe = current.onChange(emit);
    emit();
  };

  followSettings(signal, deps, apply, () => {
    version++;
    stopCurrent();
  });
  return {
    annotator: () => current,
    marks: () => current?.marks() ?? [],
    status: () => (current ? statusOf(current) : offStatus),
    note: () => current?.note,
    around: () => (wholePage && frame) || undefined,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    index: () => names.index,
    retarget(next, root) {
      names = next;
      const annotator = current;
      // Off, or about to start: the annotator to come takes the new names.
      if (!annotator) return;
      next
        .matcher()
        .then((matcher) => {
          if (names === next && current === annotator) annotator.retarget(matcher, root);
        })
        .catch((error: unknown) => console.error('Backstory could not annotate this page:', error));
      emit();
    },
  };
}

/** The page's status while an annotator is in force (a stopped one means Backstory is off). */
function statusOf(annotator: Annotator): PageStatus {
  return annotator.status === 'stopped' ? 'off' : annotator.status;
}

/**
 * An annotator for `settings`: an article is marked in its story (`frame`), another page outside the site's menus,
 * header and footer, the whole page only when the reader chose it; markup waiting for its framework is held.
 */
function annotatorFor(
  settings: Settings,
  matcher: Awaited<ReturnType<AnnotationDeps['matcher']>>,
  frame: StoryFrame | null,
  hydration: HydrationHold,
  index: () => EntityLookup,
): Annotator {
  const types = new Set<string>(settings.types);
  const leaves = settings.wholePage ? null : (frame?.leaves ?? isSiteLandmark);
  return createAnnotator(document, {
    matcher,
    held: leaves ? (el) => hydration.held(el) || leaves(el) : hydration.held,
    accept: (id) => types.has(index().entity(id)?.type ?? ''),
    firstMentionOnly: settings.firstMentionOnly,
    highlightStyle: settings.highlightStyle,
  });
}

/** Applies the settings now and after every change (errors logged, never thrown at the page); `stop` on abort. */
function followSettings(
  signal: AbortSignal,
  deps: AnnotationDeps,
  apply: (settings: Settings) => Promise<void>,
  stop: () => void,
): void {
  const run = (settings: Settings) => {
    deps.onSettings?.(settings);
    return apply(settings).catch((error: unknown) => console.error('Backstory could not annotate this page:', error));
  };
  void deps.settings.load().then(({ settings, notice }) => {
    if (notice) console.warn(`Backstory: ${notice}`);
    if (!signal.aborted) void run(settings);
  });
  const unwatch = deps.settings.watch(({ settings }) => void run(settings));
  signal.addEventListener('abort', () => {
    unwatch();
    stop();
  });
}
