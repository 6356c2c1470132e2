import type { TabStory } from './tab-story';

/** Where tab stories are kept between wake-ups of the background: the browser's in-memory session storage. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The stories of open tabs, one per tab, in memory only: nothing is written to disk, closing the tab forgets it. */
export interface TabStories {
  get(tabId: number): Promise<TabStory | undefined>;
  set(tabId: number, story: TabStory): Promise<void>;
  forget(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `story-${tabId}`;

/**
 * Tab stories held in this context's memory and, where given, in `session` too: Chrome stops an idle service worker,
 * and session storage (memory, cleared with the browser) keeps a tab's story for its next card.
 */
export function createTabStories(session?: SessionArea): TabStories {
  const memory = new Map<number, TabStory>();
  return {
    async get(tabId) {
      const held = memory.get(tabId);
      if (held || !session) return held;
      try {
        const stored = (await session.get(keyOf(tabId)))[keyOf(tabId)] as TabStory | undefined;
        if (stored) memory.set(tabId, stored);
        return stored;
      } catch {
        return undefined;
      }
    },
    async set(tabId, story) {
      memory.set(tabId, story);
      await session?.set({ [keyOf(tabId)]: story }).catch(() => undefined);
    },
    async forget(tabId) {
      memory.delete(tabId);
      await session?.remove(keyOf(tabId)).catch(() => undefined);
    },
  };
}
