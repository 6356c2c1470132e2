import { charClass, CharClass, foldWord } from './chars';
import { isAllCaps, readSeparator, readWord } from './tokens';
import { isFoldable } from './word-pattern';
import { isLookAlike, isTitleCase } from './look-alike';
import { ROOT, type TokenTrie } from './trie';
import { ELISIONS } from '../lexicon/elisions';

/** One mention found in a text: offsets into the original string, the entry's key and the alias it matched. */
export interface Match {
  start: number;
  end: number;
  key: string;
  alias: string;
  /** Set on every piece of a mention split across inline elements but the first: the mention goes on here. */
  part?: boolean;
}

interface Candidate {
  node: number;
  end: number;
  cased: string;
  /** True when the candidate ends on a word, so the character after it must not continue that word. */
  wordEnd: boolean;
}

const isWord = (code: number) => !Number.isNaN(code) && charClass(code) === CharClass.Word;

/** What one search needs besides the text: the trie, the neighbouring characters and the all-caps decision. */
interface Search {
  trie: TokenTrie;
  text: string;
  before: string;
  after: string;
  allCaps: () => boolean;
  /** Whether case tells nothing here (Title Case), so a look-alike cannot be told apart; worked out when needed. */
  title?: boolean;
  out: Match[];
}

/**
 * Finds every mention in `text` in one left-to-right pass: at each word that could start an alias, it walks the
 * trie word by word and keeps the longest alias that passes the boundary and case checks, then jumps past it,
 * so matches never overlap. `before`/`after` are the characters just outside `text` ('' at a block edge);
 * `allCapsText` overrides the check for all-caps text when the caller knows better (text split into pieces), and
 * `titleCaseText` the check for Title Case text.
 */
export function findMatches(
  trie: TokenTrie,
  text: string,
  before = '',
  after = '',
  allCapsText?: boolean,
  titleCaseText?: boolean,
): Match[] {
  let caps = allCapsText;
  const search: Search = {
    trie,
    text,
    before,
    after,
    allCaps: () => (caps ??= isAllCaps(text)),
    title: titleCaseText,
    out: [],
  };
  const words = trie.wordPattern();
  if (words) findByFirstWords(search, words);
  else findByFirstLetters(search, 0, text.length);
  return search.out;
}

/**
 * The fast search: the browser's regex engine jumps from one alias's first word to the next. A word with a
 * character that folding could change ("Māori", "Mélenchon") is read by the letter-by-letter search instead, and the
 * jumping goes on after it. Both make the same decision at every word they look at.
 */
function findByFirstWords(search: Search, words: RegExp): void {
  const { text } = search;
  let i = 0;
  for (;;) {
    words.lastIndex = i;
    const found = words.exec(text);
    if (!found) return;
    const at = found.index;
    if (found[0].length === 1 && isFoldable(text.charCodeAt(at))) {
      i = findByFirstLetters(search, i, skipWord(text, at + 1));
      continue;
    }
    // A first word inside a longer word ("Iran" in "Tehran-Iranian"): not a word start, look further on.
    if (at > 0 && isWord(text.charCodeAt(at - 1))) {
      i = at + 1;
      continue;
    }
    i = tryAt(search, at);
  }
}

/**
 * The letter-by-letter search over candidate starts in [from, until): for text with letters that fold, and for very
 * large dictionaries. Returns where the next search begins (past `until` when a mention runs on beyond it).
 */
function findByFirstLetters(search: Search, from: number, until: number): number {
  const { trie, text } = search;
  const starts = trie.startPattern();
  let i = from;
  while (i < until) {
    starts.lastIndex = i;
    const found = starts.exec(text);
    if (!found || found.index >= until) return until;
    i = tryAt(search, found.index);
  }
  return i;
}

/**
 * Looks for the longest alias starting at `i` (a character that does not continue a word); records it and returns
 * where it ends, or returns where to look next.
 */
function tryAt(search: Search, i: number): number {
  const { trie, text, before, after, allCaps } = search;
  const code = text.charCodeAt(i);
  const first = code < 0x80 ? code : foldWord(text[i]!).charCodeAt(0);
  const bits = trie.firstChar[first]!;
  // Most words cannot start any alias: skip them without building a string.
  if (!(bits & 1 || (bits & 2 && allCaps())) || !startAllowed(text, i, before)) {
    // The pattern also stops at accented Latin signs that start no word ("«", "×"): step over just that one.
    return isWord(code) ? skipWord(text, i + 1) : i + 1;
  }
  const word = readWord(text, i);
  const match = longestAt(trie, text, word.start, word.end, word.folded, after, allCaps);
  if (!match) return word.end;
  // A name inside a longer capitalised name that is not known ("Melania Trump", "Latin America") is left alone.
  if (isLookAlike(text, match.start, match.end, match.alias, () => (search.title ??= isTitleCase(text))))
    return match.end;
  search.out.push(match);
  return match.end;
}

/** The end of the word that continues at `i`. */
function skipWord(text: string, i: number): number {
  while (i < text.length) {
    const cls = charClass(text.charCodeAt(i));
    if (cls !== CharClass.Word && cls !== CharClass.Ignorable) break;
    i++;
  }
  return i;
}

/** A name may not start in the middle of a word, nor right after an apostrophe inside one ("O'Brien"). */
function startAllowed(text: string, start: number, before: string): boolean {
  if (start === 0) return !isWord(before.charCodeAt(before.length - 1));
  if (charClass(text.charCodeAt(start - 1)) !== CharClass.Apostrophe) return true;
  let p = start - 1;
  while (p > 0 && isWord(text.charCodeAt(p - 1))) p--;
  if (p === start - 1) return true;
  return ELISIONS.has(text.slice(p, start - 1));
}

/** Whether an initial and its full stop start at `i`, with a word after them ("J. Trump"). */
function middleInitial(text: string, i: number): boolean {
  const initial = text[i]!;
  return (
    initial !== initial.toLowerCase() && text[i + 1] === '.' && text[i + 2] === ' ' && isWord(text.charCodeAt(i + 3))
  );
}

/** A name may not end in the middle of a word; an apostrophe may follow only as a possessive ("Iran's"). */
function endAllowed(text: string, end: number, after: string): boolean {
  if (end === text.length) return !isWord(after.charCodeAt(0));
  if (charClass(text.charCodeAt(end)) !== CharClass.Apostrophe) return true;
  if (!isWord(text.charCodeAt(end + 1))) return true;
  const s = text[end + 1];
  if (s !== 's' && s !== 'S') return false;
  return end + 2 === text.length ? !isWord(after.charCodeAt(0)) : !isWord(text.charCodeAt(end + 2));
}

function longestAt(
  trie: TokenTrie,
  text: string,
  start: number,
  firstEnd: number,
  firstFolded: string,
  after: string,
  allCaps: () => boolean,
): Match | undefined {
  const candidates: Candidate[] = [];
  let node = ROOT;
  let cased = '';
  let wordEnd = firstEnd;
  let folded = firstFolded;
  for (;;) {
    const token = trie.vocab.get(folded.toLowerCase());
    const next = token === undefined ? undefined : trie.child(node, token);
    if (next === undefined) break;
    node = next;
    cased += folded;
    if (trie.isTerminal(node)) candidates.push({ node, end: wordEnd, cased, wordEnd: true });
    if (!trie.hasSeparator(node)) break;
    const sep = readSeparator(text, wordEnd, trie.maxSeparator);
    // A trailing separator belongs to some aliases ("U.S."): try each prefix of what follows the word.
    for (let k = 1; k <= sep.norm.length && k <= trie.maxSeparator; k++) {
      const piece = sep.norm.slice(0, k);
      const t = trie.vocab.get(piece);
      const tail = t === undefined ? undefined : trie.child(node, t);
      if (tail !== undefined && trie.isTerminal(tail))
        candidates.push({ node: tail, end: sep.rawEnds[k - 1]!, cased: cased + piece, wordEnd: false });
    }
    if (sep.cut || sep.next >= text.length) break;
    const sepToken = trie.vocab.get(sep.norm);
    const afterSep = sepToken === undefined ? undefined : trie.child(node, sepToken);
    if (afterSep === undefined) break;
    node = afterSep;
    cased += sep.norm;
    let nextWord = readWord(text, sep.next);
    // A middle initial after a known first name ("Donald J. Trump") is the same person: the name goes on after it.
    if (cased === firstFolded + sep.norm && middleInitial(text, nextWord.start)) {
      const initial = trie.vocab.get(nextWord.folded.toLowerCase());
      if (initial === undefined || trie.child(node, initial) === undefined)
        nextWord = readWord(text, nextWord.start + 3);
    }
    wordEnd = nextWord.end;
    folded = nextWord.folded;
  }
  for (let c = candidates.length - 1; c >= 0; c--) {
    const cand = candidates[c]!;
    if (cand.wordEnd && !endAllowed(text, cand.end, after)) continue;
    const entry = pickEntry(trie, cand, allCaps);
    if (entry === undefined) continue;
    return { start, end: cand.end, key: trie.keys[entry]!, alias: trie.aliases[entry]! };
  }
  return undefined;
}

/** Case check: exact (after folding), or upper-case text against an alias that has capitals, in all-caps text. */
function pickEntry(trie: TokenTrie, cand: Candidate, allCaps: () => boolean): number | undefined {
  for (const e of trie.entriesAt(cand.node)) if (trie.cased(e) === cand.cased) return e;
  if (cand.cased !== cand.cased.toUpperCase() || !allCaps()) return undefined;
  for (const e of trie.entriesAt(cand.node)) {
    const spelled = trie.cased(e);
    if (spelled !== spelled.toLowerCase() && spelled.toUpperCase() === cand.cased) return e;
  }
  return undefined;
}
