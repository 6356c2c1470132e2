import { findMatches, type Match } from './find';
import { TokenTrie, type MatcherEntry } from './trie';

export type { Match } from './find';
export type { MatcherEntry } from './trie';
export { isLookAlike } from './look-alike';

/** A compiled matcher: built once from every alias, then asked for the mentions in any number of texts. */
export interface Matcher {
  /** Number of aliases compiled in. */
  readonly size: number;
  /**
   * Every mention in `text`, left to right, never overlapping. `before`/`after` are the characters just outside
   * the text when it continues inline in a neighbouring node ('' at a block edge), so words split across nodes
   * are not mistaken for names. `allCaps` says whether the text counts as an all-caps headline, when the caller
   * knows it from the text around it; by default the text itself decides. `titleCase` likewise says whether it
   * counts as a Title Case line, where a name beside another capitalised word is still marked.
   */
  find(text: string, before?: string, after?: string, allCaps?: boolean, titleCase?: boolean): Match[];
  /**
   * False when `text` certainly holds no alias, decided by the browser's regex engine without reading the text
   * word by word; true means `find` has to look. Always true for dictionaries too large for that test.
   */
  mayMatch(text: string): boolean;
}

function wrap(trie: TokenTrie): Matcher {
  return {
    get size() {
      return trie.size;
    },
    mayMatch(text) {
      const words = trie.wordPattern();
      if (!words) return true;
      words.lastIndex = 0;
      return words.test(text);
    },
    find: (text, before, after, allCaps, titleCase) => findMatches(trie, text, before, after, allCaps, titleCase),
  };
}

/**
 * One matcher from two, without compiling their names again: both are asked, and where their mentions overlap the
 * first to start wins, the longer one when they start together, `first`'s when they are the same. So a story's few
 * names join a large dictionary already compiled for the page.
 */
export function combineMatchers(first: Matcher, second: Matcher): Matcher {
  return {
    size: first.size + second.size,
    mayMatch: (text) => first.mayMatch(text) || second.mayMatch(text),
    find(...args) {
      const both = [...first.find(...args), ...second.find(...args)].sort((a, b) => a.start - b.start || b.end - a.end);
      let end = 0;
      return both.filter((m) => m.start >= end && ((end = m.end), true));
    },
  };
}

/** How the matcher may search. */
export interface MatcherOptions {
  /**
   * Let the browser's regex engine jump between first words (default). Off, every text is read letter by letter,
   * with the same results: tests compare the two.
   */
  nativeSearch?: boolean;
}

/** Compiles `entries` into a matcher in one go. Earlier entries win when two spell the same alias. */
export function compileMatcher(entries: Iterable<MatcherEntry>, options: MatcherOptions = {}): Matcher {
  const trie = new TokenTrie(options.nativeSearch ?? true);
  for (const entry of entries) trie.add(entry);
  return wrap(trie);
}

/**
 * Compiles `entries` a chunk at a time, awaiting `pause()` whenever `shouldPause()` says the current slice is
 * spent, so a very large dictionary never blocks the page for long. Rejects with the signal's reason on abort.
 */
export async function compileMatcherSliced(
  entries: Iterable<MatcherEntry>,
  shouldPause: () => boolean,
  pause: () => Promise<void>,
  signal?: AbortSignal,
): Promise<Matcher> {
  const trie = new TokenTrie();
  let count = 0;
  for (const entry of entries) {
    trie.add(entry);
    // Checking the clock costs more than adding an alias, so only look every so often.
    if (++count % 256 === 0 && shouldPause()) {
      await pause();
      signal?.throwIfAborted();
    }
  }
  return wrap(trie);
}

/** The matcher entries of a dictionary: every entity's name first, then every alias, so names win ties. */
export function* dictionaryEntries(entities: readonly { id: string; name: string; aliases: readonly string[] }[]) {
  for (const e of entities) yield { key: e.id, alias: e.name };
  for (const e of entities) for (const alias of e.aliases) yield { key: e.id, alias };
}
