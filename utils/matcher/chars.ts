/** Character classes the matcher needs, with a per-code cache so each class is worked out once per character. */
export const enum CharClass {
  Unknown = 0,
  /** Letters, combining marks and digits: the stuff of words. */
  Word = 1,
  /** Soft hyphen and zero-width characters: invisible, ignored wherever they appear. */
  Ignorable = 2,
  /** Any kind of space or line break, including no-break spaces. */
  Space = 3,
  /** Apostrophes and right single quotes ("Iran’s", "O'Brien"). */
  Apostrophe = 4,
  /** Hyphens that join words ("Jean-Luc", "Jean‑Luc" with a no-break hyphen). */
  Hyphen = 5,
  /** Every other character. */
  Other = 6,
}

const cache = new Uint8Array(0x10000);
const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

function classify(code: number): CharClass {
  if (code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff)
    return CharClass.Ignorable;
  if (code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc) return CharClass.Apostrophe;
  if (code === 0x2d || code === 0x2010 || code === 0x2011) return CharClass.Hyphen;
  const ch = String.fromCharCode(code);
  // Surrogate halves count as word characters: letters outside the basic plane then stay inside their word.
  if ((code >= 0xd800 && code <= 0xdfff) || WORD.test(ch)) return CharClass.Word;
  if (SPACE.test(ch)) return CharClass.Space;
  return CharClass.Other;
}

/** ASCII by hand, without regular expressions: it is nearly all of the text the matcher sees, and known from the start. */
function classifyAscii(c: number): CharClass {
  // An underscore joins words as in code and handles ("UN_willing" is no mention of the UN).
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)
    return CharClass.Word;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return CharClass.Space;
  if (c === 0x27) return CharClass.Apostrophe;
  if (c === 0x2d) return CharClass.Hyphen;
  return CharClass.Other;
}
for (let c = 0; c < 128; c++) cache[c] = classifyAscii(c);

/** The class of the UTF-16 code unit `code`. */
export function charClass(code: number): CharClass {
  const known = cache[code]!;
  if (known !== CharClass.Unknown) return known;
  const computed = classify(code);
  cache[code] = computed;
  return computed;
}

/** Letters that Unicode does not decompose but readers treat as accented forms of a base letter. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ß: 'ss',
};
const EXTRA = /[øØłŁđĐıß]/g;
const MARKS = /\p{M}/gu;

/** Folds a word to its diacritic-free compatibility form ("Mélenchon" → "Melenchon", "ﬁ" → "fi"), keeping case. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(EXTRA, (c) => EXTRA_FOLDS[c]!);
}
