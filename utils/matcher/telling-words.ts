import { charClass, CharClass } from './chars';
import { aliasParts, readWord } from './tokens';

/**
 * Whether a word tells names apart when they are looked up by their words: it has a capital or a digit. Lower-case
 * words ("of", "the") are on every page and would look up every name; the matcher's case check never marks a name
 * whose capitals the text lacks, so leaving them out loses no mark.
 */
const TELLING = /[\p{Lu}\p{N}]/u;

/** Adds the telling words of `text` to `into`, keyed as the matcher keys them (folded, lower-cased). */
export function addTellingWords(text: string, into: Set<string>): void {
  for (let i = 0; i < text.length;) {
    if (charClass(text.charCodeAt(i)) !== CharClass.Word) {
      i++;
      continue;
    }
    const word = readWord(text, i);
    if (TELLING.test(word.folded)) into.add(word.folded.toLowerCase());
    i = word.end;
  }
}

/** The telling words of an alias, keyed as `addTellingWords` keys a text's (empty when it has none). */
export function aliasTellingWords(alias: string): string[] {
  return (aliasParts(alias) ?? []).flatMap((p) => (!p.separator && TELLING.test(p.cased) ? [p.key] : []));
}
