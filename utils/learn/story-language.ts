import { ENGLISH_FUNCTION_WORDS } from '../lexicon/english-function-words';

// The builder reads English: its word lists, titles and said-clauses are English, so on other languages it would find
// junk names. A story is read only when it looks English.

/** Share of function words under which a text is not taken for English (English news: 0.25–0.35). */
export const MIN_ENGLISH_SHARE = 0.12;
/** Words looked at: enough to tell, few enough to stay cheap on a long story. */
const SAMPLE_WORDS = 2_000;

/** The share of the first words of `text` that are English function words (0 for a text with no words). */
export function englishShare(text: string): number {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, SAMPLE_WORDS) ?? [];
  if (!words.length) return 0;
  let hits = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits++;
  return hits / words.length;
}

/**
 * Share a story must reach to be taken for English on a page that declares another language: sites put English
 * stories in templates declaring their own language, and these have the share of any English story, while text in
 * other languages has a few hundredths at most (0.004–0.058 on saved French, Czech and Chinese pages).
 */
export const DECLARED_OTHER_SHARE = 0.2;

/**
 * Whether a story looks English: its words decide, and on a page that declares another language (`<html lang="fr">`)
 * only words that are plainly English do.
 */
export function looksEnglish(text: string, declaredLanguage = ''): boolean {
  const lang = declaredLanguage.trim().toLowerCase();
  const declaredOther = !!lang && !/^en\b/.test(lang);
  return englishShare(text) >= (declaredOther ? DECLARED_OTHER_SHARE : MIN_ENGLISH_SHARE);
}
