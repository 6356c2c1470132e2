import type { Dictionary } from '../dictionary/schema';
import type { PageHtml, ReadAlongAnswer } from '../messaging';
import type { StoryRead, StoryResult } from './read-story';
import { storyNames, tabStory } from './tab-story';
import type { TabStories } from './tab-stories';

/** What reading along needs from the background. */
export interface ReadAlongDeps {
  /** Reads a story from a page's HTML, off the page (offscreen document or background page). */
  read: (page: PageHtml) => Promise<StoryResult>;
  /** Every name the reader's dictionaries know, for the story's names to join. */
  known: () => Promise<Dictionary>;
  stories: TabStories;
  /**
   * Hands a story read on the page at `pageUrl` over to be remembered (the reader's "Remember articles I read"); the
   * page does not wait.
   */
  remember?: (story: StoryRead, pageUrl: string) => Promise<void>;
}

export interface ReadAlong {
  /** A tab's page handed its story over: read it (once per story) and answer with its names, or why not. */
  hand(tabId: number, page: PageHtml, incognito: boolean): Promise<ReadAlongAnswer>;
  forget(tabId: number): Promise<void>;
  /**
   * Hands the stories of the tabs open now over to be remembered again: remembering was just allowed (switched on, or
   * a site taken off the "never remember" list), and the articles open when it was are being read too. The reads are
   * held in this context's memory only, so a background woken from idle has none to hand over.
   */
  rememberOpen(): Promise<void>;
}

/** Reading along in the background: one story per tab, read once, forgotten when the tab moves on or closes. */
export function createReadAlong(deps: ReadAlongDeps): ReadAlong {
  // A tab that hands over a newer page before the older one is read gets only the newer one's answer kept.
  const turns = new Map<number, number>();
  const reads = new Map<number, { read: StoryRead; pageUrl: string }>();
  return {
    async hand(tabId, page, incognito) {
      // Private windows get nothing read, and nothing kept.
      if (incognito) return { state: 'private' };
      const kept = await deps.stories.get(tabId);
      if (kept && kept.url === page.url) return { state: 'ready', names: storyNames(kept) };
      const turn = (turns.get(tabId) ?? 0) + 1;
      turns.set(tabId, turn);
      let read: StoryResult;
      try {
        read = await deps.read(page);
      } catch (error) {
        console.warn('Backstory could not read this story:', error);
        return { state: 'failed' };
      }
      if (turns.get(tabId) !== turn) return { state: 'failed' };
      if (!read.ok) {
        reads.delete(tabId);
        await deps.stories.forget(tabId);
        return { state: read.reason };
      }
      reads.set(tabId, { read, pageUrl: page.url });
      void deps.remember?.(read, page.url);
      const known = await deps.known().catch(() => null);
      const story = tabStory(read, known ?? { schemaVersion: 1, sources: [], entities: [], quotes: [] });
      await deps.stories.set(tabId, story);
      return { state: 'ready', names: storyNames(story) };
    },
    async forget(tabId) {
      turns.set(tabId, (turns.get(tabId) ?? 0) + 1);
      reads.delete(tabId);
      await deps.stories.forget(tabId);
    },
    async rememberOpen() {
      const { remember } = deps;
      if (remember) await Promise.all([...reads.values()].map(({ read, pageUrl }) => remember(read, pageUrl)));
    },
  };
}
