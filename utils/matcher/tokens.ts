import { charClass, CharClass, foldWord } from './chars';

/** A word read from text: its raw extent and its folded spelling (diacritics and invisible characters removed). */
export interface WordToken {
  start: number;
  end: number;
  /** Folded spelling, case kept: "Mélenchon" → "Melenchon". */
  folded: string;
}

const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Reads the word that starts at `start` (which must be a word character); soft hyphens inside it are skipped. */
export function readWord(text: string, start: number): WordToken {
  let end = start + 1;
  let plain = text.charCodeAt(start) < 0x80;
  let invisible = false;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    const cls = charClass(code);
    if (cls === CharClass.Word) {
      if (code >= 0x80) plain = false;
    } else if (cls === CharClass.Ignorable) invisible = true;
    else break;
  }
  let word = text.slice(start, end);
  if (invisible) word = word.replace(IGNORABLE, '');
  return { start, end, folded: plain ? word : foldWord(word) };
}

/** The characters between two words, normalised: any run of spaces or line breaks is one space, apostrophes are ', hyphens are -. */
export interface Separator {
  norm: string;
  /** rawEnds[k] is the raw offset just after the character that produced norm[k]. */
  rawEnds: number[];
  /** Offset of the next word character, or the text length. */
  next: number;
  /** True when the separator grew longer than `limit` and was cut short. */
  cut: boolean;
}

/** Reads the separator that starts at `start`, giving up after `limit` normalised characters. */
export function readSeparator(text: string, start: number, limit: number): Separator {
  let norm = '';
  const rawEnds: number[] = [];
  let i = start;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Word) break;
    if (cls === CharClass.Ignorable) continue;
    if (cls === CharClass.Space) {
      if (norm.endsWith(' ')) {
        rawEnds[rawEnds.length - 1] = i + 1;
        continue;
      }
      norm += ' ';
    } else if (cls === CharClass.Apostrophe) norm += "'";
    else if (cls === CharClass.Hyphen) norm += '-';
    else norm += text[i];
    rawEnds.push(i + 1);
    if (norm.length > limit) return { norm, rawEnds, next: i + 1, cut: true };
  }
  return { norm, rawEnds, next: i, cut: false };
}

/** One step of an alias as the matcher stores it: a word or the separator after it. */
export interface AliasPart {
  /** What the trie is keyed by: lower-cased folded word, or the normalised separator. */
  key: string;
  /** The same with its case kept, for the case check. */
  cased: string;
  separator: boolean;
}

/**
 * Splits an alias into words and separators the way text is read, so both sides agree on every character.
 * Leading punctuation and surrounding spaces are dropped; a trailing separator stays ("U.S."). Returns null when
 * the alias has no word at all.
 */
export function aliasParts(alias: string): AliasPart[] | null {
  const parts: AliasPart[] = [];
  let i = 0;
  while (i < alias.length && charClass(alias.charCodeAt(i)) !== CharClass.Word) i++;
  while (i < alias.length) {
    const word = readWord(alias, i);
    parts.push({ key: word.folded.toLowerCase(), cased: word.folded, separator: false });
    const sep = readSeparator(alias, word.end, Infinity);
    const norm = sep.next >= alias.length ? sep.norm.trimEnd() : sep.norm;
    if (norm) parts.push({ key: norm, cased: norm, separator: true });
    i = sep.next;
  }
  return parts.length ? parts : null;
}

/** Whether the text is written in capitals only (a headline or kicker in all caps). */
export function isAllCaps(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
}
