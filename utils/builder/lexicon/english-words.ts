// Ordinary English words, from the lexicon of the compromise NLP library: a capitalised word it knows as a plain
// noun, verb, adjective or adverb ("Clockwise", "Metropolitan") is not a name on its own, while names it knows
// (people, places, organisations) are left to the other rules.
import nlp from 'compromise/two';

// Tags that mark a word in the lexicon as (part of) a name, or as a word that capitals may still make one.
const NAME_TAGS =
  /Name|City|Country|Place|Region|Organization|Person|Actor|Honorific|Demonym|Month|WeekDay|Holiday|Acronym|Currency|Unit/;

type Lexicon = Record<string, string | string[] | undefined>;
let lexicon: Lexicon | undefined;

/** True if compromise's lexicon knows the lower-case word as an ordinary word, not a name. */
export function isOrdinaryWord(lower: string): boolean {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const tags = lexicon[lower];
  return tags !== undefined && !NAME_TAGS.test(String(tags));
}

/** The part-of-speech tags compromise's lexicon gives a lower-case word, joined by commas ("" when unknown). */
export function wordTags(lower: string): string {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const tags = lexicon[lower];
  return tags === undefined ? '' : String(tags);
}
