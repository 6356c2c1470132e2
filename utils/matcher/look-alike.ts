import { FOLLOWERS, OPENERS, TITLES } from '../lexicon/look-alike-words';

/**
 * Whether most words of the text are capitalised: a Title Case headline, where case tells nothing. (In an all-caps line
 * no neighbour looks like a name, so nothing is left alone there.)
 */
export function isTitleCase(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (/^\p{Lu}/u.test(word)) upper++;
    // Short words stay in lower case in Title Case ("of", "and", "the").
    else if (!/^(a|an|and|for|in|of|on|or|the|to)$/.test(word)) lower++;
  }
  return upper >= 4 && lower * 10 <= upper;
}

/** Characters either side of a match that its neighbours are looked for in (a word is never longer). */
const NEIGHBOURHOOD = 100;

/**
 * The word before a match (the end of the text before it), after one space or " of " and a space; and whether only
 * quotes, brackets or other signs stand between it and a sentence's end ([.?!:] and space). A lookbehind is matched
 * from right to left, so this reads the few characters before the match rather than searching the text before it.
 */
export const WORD_BEFORE = /(?<=([.?!:]\s+)?[^\s\p{L}\p{M}]*([\p{L}\p{M}]+)(\sof)?\s)/uy;

/** A capitalised word with lower case after its capital ("Melania", not "EU" nor "and"): one that may start a name. */
const nameLike = (word = '') => /^\p{Lu}.*\p{Ll}/u.test(word);

/**
 * Whether a match of `alias` at [start, end) is only part of a longer capitalised name that means something else
 * ("Melania Trump", "Latin America", "The Washington Post", "Trump Tower", "Bank of America"): a capitalised word stands
 * next to it, across a single space or "of", that is no title before it, no sentence opener, no day or month after it.
 * Abbreviations in capitals ("U.S.", "EU") are modifiers wherever they stand, and do not count as neighbours either, so
 * a run of capitalised words is kept or left alone as a whole and annotating again finds nothing new. On a Title Case
 * line (`titleCase`, asked only when needed) case tells nothing, so only a name joined by "of" is left alone there.
 */
export function isLookAlike(
  text: string,
  start: number,
  end: number,
  alias: string,
  titleCase = () => isTitleCase(text),
): boolean {
  if (!/\p{Ll}/u.test(alias)) return false;
  // The word before, and whether only quotes or brackets stand between it and a sentence end (or the text's start).
  // Only the text near the match is searched, so a long paragraph costs no more per match than a short one.
  // The text's own start reads as a sentence's end; the edge of the neighbourhood does not.
  const from = Math.max(0, start - NEIGHBOURHOOD);
  const near = (from ? '' : '. ') + text.slice(from, start);
  WORD_BEFORE.lastIndex = near.length;
  const [, stop, before = '', of] = WORD_BEFORE.exec(near) ?? [];
  const [, after = ''] = /^\s([\p{L}\p{M}]+)/u.exec(text.slice(end, end + NEIGHBOURHOOD)) ?? [];
  const named = nameLike(before) && !TITLES.includes(before) && !(stop && OPENERS.includes(before));
  return (named && !!of) || ((named || (nameLike(after) && !FOLLOWERS.includes(after.slice(0, 3)))) && !titleCase());
}
