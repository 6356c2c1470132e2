import type { StoryRead } from './read-story';

/** What remembering needs from the background. */
export interface MemoryDeps {
  /**
   * Whether the reader asked to remember this story, from the page at `pageUrl` (its site may be on the "never
   * remember" list); asked for each story so that a change applies at once.
   */
  wanted: (story: StoryRead, pageUrl: string) => Promise<boolean>;
  /** Keeps one story in the reader's layer. */
  keep: (story: StoryRead) => Promise<unknown>;
}

/**
 * Remembers stories read along, one at a time, in the order they were read: two tabs finishing together never write
 * the layer at once. A story that cannot be kept is logged and skipped; the page never waits for it. Returns the
 * function that hands a story over (with the address of the page it was read on, its own by default), whose promise
 * settles once that story is dealt with.
 */
export function createMemory(deps: MemoryDeps): (story: StoryRead, pageUrl?: string) => Promise<void> {
  let queue = Promise.resolve();
  return (story, pageUrl = story.article.url) => {
    queue = queue
      .then(async () => {
        if (await deps.wanted(story, pageUrl)) await deps.keep(story);
      })
      .catch((error: unknown) => console.warn('Backstory could not remember this article:', error));
    return queue;
  };
}
