import { UI_ATTR } from '../../utils/annotate/constants';
import type { Match } from '../../utils/matcher';

/** The engine's mentions by text-node index (in tree order), worked out before the wrapping strategy is timed. */
export type PreparedRanges = { index: number; matches: Match[] }[];
import { SKIPPED_TAGS } from '../../utils/annotate/skip';

/** What the benchmark hands every strategy: the dictionary, set on the page before the strategy's script runs. */
export interface BenchWindow {
  __benchDictionary: { entities: { id: string; name: string; aliases: string[]; type: string }[] };
  __benchDone?: { marks: number; status: string; error?: string };
  __benchKeep?: unknown;
  __benchPrepared?: PreparedRanges;
}

export const benchWindow = window as unknown as BenchWindow & Window;

/** Every alias once, for the strategies that take a plain list of words. */
export function allAliases(): string[] {
  const set = new Set<string>();
  for (const e of benchWindow.__benchDictionary.entities) {
    set.add(e.name);
    for (const a of e.aliases) set.add(a);
  }
  return [...set];
}

/** The engine's own skip rules, written as mark.js exclusion selectors (which look at a text node's parent only). */
const SKIP = [...SKIPPED_TAGS, '[contenteditable]:not([contenteditable="false"])', `[${UI_ATTR}]`];
export const EXCLUDE = [SKIP.flatMap((s) => [s, `${s} *`]).join(', ')];

/** Characters that may touch a name in "exactly" mode: punctuation and apostrophes (for possessives). */
export const LIMITERS = [...',.;:!?\'"’‘“”()[]{}-–—/…'];
