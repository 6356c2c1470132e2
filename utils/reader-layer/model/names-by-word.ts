import type { NameRow } from '../../dictionary/names-only';
import { aliasTellingWords } from '../../matcher/telling-words';

/** The reader's names looked up by the words of a page, so a page is handed only the names its text can hold. */
export interface NamesByWord {
  /** The rows of `always`, and of every entity with a name or alias whose telling words are all in `words`. */
  find(words: Iterable<string>): NameRow[];
  size: number;
}

/**
 * Indexes `rows` by the first telling word of each name and alias (see telling-words). Rows `always` picks, and rows
 * with a name of no telling word at all, are handed to every page.
 */
export function namesByWord(rows: readonly NameRow[], always: (row: NameRow, index: number) => boolean): NamesByWord {
  const byFirst = new Map<string, [row: number, words: string[]][]>();
  const everywhere: number[] = [];
  rows.forEach((row, r) => {
    const keyed = always(row, r) ? [] : [row[1], ...row[3]].map(aliasTellingWords);
    if (!keyed.length || keyed.some((words) => !words.length)) {
      everywhere.push(r);
      return;
    }
    for (const words of keyed) {
      const list = byFirst.get(words[0]!);
      if (list) list.push([r, words]);
      else byFirst.set(words[0]!, [[r, words]]);
    }
  });
  return {
    size: rows.length,
    find(words) {
      const present = words instanceof Set ? (words as Set<string>) : new Set(words);
      const found = new Set(everywhere);
      for (const word of present)
        for (const [r, needed] of byFirst.get(word) ?? [])
          if (!found.has(r) && needed.every((w) => present.has(w))) found.add(r);
      return [...found].sort((a, b) => a - b).map((r) => rows[r]!);
    },
  };
}
