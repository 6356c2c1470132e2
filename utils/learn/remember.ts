import type { StoryRead } from './read-story';

/** What remembering needs from the background. */
export interface MemoryDeps {
  /** Whether the reader asked to remember articles, read for each story so that a change applies at once. */
  wanted: () => Promise<boolean>;
  /** Keeps one story in the reader's layer. */
  keep: (story: StoryRead) => Promise<unknown>;
}

/**
 * Remembers stories read along, one at a time, in the order they were read: two tabs finishing together never write
 * the layer at once. A story that cannot be kept is logged and skipped; the page never waits for it. Returns the
 * function that hands a story over, whose promise settles once that story is dealt with.
 */
export function createMemory(deps: MemoryDeps): (story: StoryRead) => Promise<void> {
  let queue = Promise.resolve();
  return (story) => {
    queue = queue
      .then(async () => {
        if (await deps.wanted()) await deps.keep(story);
      })
      .catch((error: unknown) => console.warn('Backstory could not remember this article:', error));
    return queue;
  };
}
