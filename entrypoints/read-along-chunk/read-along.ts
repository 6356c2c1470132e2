import { browser } from 'wxt/browser';
import { createSlicer } from '@/utils/annotate/slices';
import { dictionaryFromRows } from '@/utils/dictionary/names-only';
import type { EntityLookup } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';
import { joinedLookup } from './joined-lookup';
import { findStoryText, inStoryText, type StoryText } from '@/utils/learn/story-root';
import { serializeInSlices } from '@/utils/learn/serialize-page';
import { markedStoryBody, storyBody, storyRoots } from '@/utils/page/story-frame';
import type { StoryNames } from '@/utils/learn/tab-story';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage, type ReadAlongStatus } from '@/utils/messaging';
import type { SettingsFeed } from '@/utils/settings/page-feed';
import type { Settings } from '@/utils/settings/schema';
import { readAlongCheck } from '../content/read-along-gate';

/** What one run of annotation works with: every name the page may mark, and where the story's names are looked for. */
export interface PageDictionary {
  dictionary: Dictionary;
  /** `dictionary`'s entities by id, when already at hand. */
  index?: EntityLookup;
  /**
   * The names looked for outside the story, the story's own (looked for in it with those), and whether a text is in
   * it; absent, `dictionary` is used everywhere.
   */
  outside?: { dictionary: Dictionary; story: Dictionary; inStory: (node: Node) => boolean };
}

/** The story read along on this page: its names, and the element of the page its text is in (null: not found). */
export interface PageStory {
  names: StoryNames;
  /** The story's text in the page, or null when it could not be found. */
  text: StoryText | null;
  /** The page's other names (`names`) with this story's joined in. */
  join(names: Dictionary, index?: EntityLookup): PageDictionary;
}

/**
 * The page's names with its story's joined in, looked for in the story's own text only (not in menus, teasers or
 * comments): there, names the reader's dictionaries know also go by the story's forms ("Obama" for Barack Obama), and
 * its new names are marked; elsewhere the page is marked as before. Without the story's element, nowhere.
 */
function joinStory(names: Dictionary, story: StoryNames, text: StoryText | null, index?: EntityLookup): PageDictionary {
  const storyNames = dictionaryFromRows(story.rows);
  if (!storyNames) return { dictionary: names, index };
  const joined = joinedLookup(names, storyNames, index);
  return {
    get dictionary() {
      return joined.dictionary;
    },
    index: joined,
    outside: { dictionary: names, story: storyNames, inStory: (node) => (text ? inStoryText(text, node) : false) },
  };
}

export interface ReadAlongDeps {
  settings: SettingsFeed;
  /** Called with the page's story once it is read, and with null when there is none (any more). */
  onStory: (story: PageStory | null) => void;
  /** Called whenever the state the popup shows changes. */
  onStatus: (status: ReadAlongStatus) => void;
}

/** A story element that is an article of its own (see storyBody), handed over alone as a marked body is. */
const ARTICLE = 'article, [role="article"]';

/** After an in-place navigation, how long the new story is given to render before it is read. */
const SETTLE_MS = 1_000;

/** Resolves once the page has loaded (its `load` event), at once when it already has. */
const loaded = () =>
  new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });

/**
 * Reading along: on a page that looks like an article, with "Read along" and the site on, the page's HTML is handed
 * to the background once it has loaded, or at once where it marks its story's body (written in slices, so no task is long); the background reads the story and
 * answers with its names, which `onStory` receives. Switching it off, or the page moving to another story, forgets
 * the story. Nothing is read in private windows.
 */
export function initReadAlong(ctx: ContentScriptContext, deps: ReadAlongDeps): void {
  const { signal } = ctx;
  let status: ReadAlongStatus = { state: 'waiting' };
  let turn = 0;
  let handedUrl: string | undefined;
  const setStatus = (next: ReadAlongStatus) => {
    status = next;
    deps.onStatus(status);
  };
  const drop = () => {
    turn++;
    if (handedUrl !== undefined) void sendMessage('content:forget-story', undefined).catch(() => undefined);
    handedUrl = undefined;
    deps.onStory(null);
  };

  const read = async (mine: number, url: string) => {
    // A story whose body the page marks came with the page as served: it is read at once, not after the page's
    // pictures and scripts have loaded. Any other page may still be putting its story together until then.
    const marked = markedStoryBody(document);
    if (!marked) await loaded();
    if (mine !== turn || signal.aborted) return;
    setStatus({ state: 'reading' });
    const slicer = createSlicer();
    // Where the page marks its story's body, or the story is an article element, only the story is written out (and the
    // head): the rest is menus, rails and comments. Found by its paragraphs alone, the story's element can miss some of
    // its text, so then the whole page goes.
    const story = marked || storyBody(document)?.matches(ARTICLE) ? storyRoots(document) : null;
    const html = await serializeInSlices(document, slicer.expired, slicer.pause, { story });
    if (mine !== turn || signal.aborted) return;
    if (html === null) return setStatus({ state: 'too-large' });
    handedUrl = url;
    const posting = performance.now();
    const answering = sendMessage('content:read-along', { url, html });
    const handoverMs = Math.round((slicer.worked + performance.now() - posting) * 10) / 10;
    const answer = await answering;
    if (mine !== turn || signal.aborted) return;
    if (answer.state !== 'ready') return setStatus({ state: answer.state });
    const names = answer.names;
    const text = names.location ? findStoryText(document, names.location) : null;
    deps.onStory({ names, text, join: (known, index) => joinStory(known, names, text, index) });
    setStatus({ state: 'ready', names: names.rows.length, handoverMs, ...(names.capped ? { capped: true } : {}) });
  };

  const consider = (settings: Settings, delay = 0) => {
    const url = location.href;
    const gate = readAlongCheck(settings);
    if (gate !== 'go') {
      drop();
      return setStatus({ state: gate });
    }
    if (browser.extension?.inIncognitoContext) return setStatus({ state: 'private' });
    if (handedUrl === url && status.state !== 'failed') return;
    const mine = ++turn;
    setTimeout(() => {
      read(mine, url).catch((error: unknown) => {
        console.warn('Backstory could not read along on this page:', error);
        if (mine === turn) setStatus({ state: 'failed' });
      });
    }, delay);
  };

  let current: Settings | undefined;
  void deps.settings.load().then(({ settings }) => {
    if (signal.aborted) return;
    current = settings;
    consider(settings);
  });
  const unwatch = deps.settings.watch(({ settings }) => {
    current = settings;
    consider(settings);
  });
  // A single-page site's navigation changes the address in place.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (signal.aborted || !current) return;
    // The old story is gone from the page: forget it, and read the new one once it has had time to render.
    drop();
    consider(current, SETTLE_MS);
  });
  signal.addEventListener('abort', () => {
    unwatch();
    turn++;
  });
}
