/** Past this much pattern the browser's regex compiler costs more than the native search saves: larger dictionaries go without. */
export const MAX_SOURCE = 8_000;

/**
 * Characters outside ASCII that can never be part of a word, nor vanish from one: spaces, punctuation, quotation
 * marks, dashes, currency, arrows, maths and box-drawing symbols. Text made only of ASCII and these reads the same
 * before and after folding. A test checks every one of them against the matcher's own character classes.
 */
export const PLAIN_RANGES = [
  [0xa0, 0xa9],
  [0xab, 0xac],
  [0xae, 0xb1],
  [0xb4, 0xb4],
  [0xb6, 0xb8],
  [0xbb, 0xbb],
  [0xbf, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2000, 0x200a],
  [0x200e, 0x205f],
  [0x2061, 0x206f],
  [0x20a0, 0x20cf],
  [0x2190, 0x245f],
  [0x2500, 0x2775],
  [0x2794, 0x27bf],
] as const;

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** One character that folding could change (or that hides inside words): anything else outside ASCII. */
const FOLDABLE = `[^\\0-\\x7f${PLAIN_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The matcher's fast search, as one global regular expression run by the browser's native engine: the next place
 * where one of `words` (every alias's first word, as it must be spelled in text) appears, or the next character
 * that folding could change, after which the matcher reads word by word. Text it finds nothing in holds no alias.
 * Returns null when there are too many words for one expression.
 */
export function wordPattern(words: Iterable<string>): RegExp | null {
  const listed: string[] = [];
  const seen = new Set<string>();
  let size = 0;
  // Stops as soon as the pattern grows too long: a dictionary of 100,000 aliases is not escaped and joined for nothing.
  for (const word of words) {
    if (seen.has(word)) continue;
    seen.add(word);
    const escaped = escape(word);
    size += escaped.length + 1;
    if (size > MAX_SOURCE) return null;
    listed.push(escaped);
  }
  const source = listed.join('|');
  return new RegExp(source ? `${source}|${FOLDABLE}` : FOLDABLE, 'g');
}

/** Whether `code` is a character `wordPattern` stops at because folding could change it. */
export function isFoldable(code: number): boolean {
  if (code < 0x80) return false;
  for (const [a, b] of PLAIN_RANGES) if (code >= a && code <= b) return false;
  return true;
}
