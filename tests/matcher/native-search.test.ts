import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, type MatcherEntry } from '@/utils/matcher';
import { charClass, CharClass } from '@/utils/matcher/chars';
import { PLAIN_RANGES, isFoldable, wordPattern } from '@/utils/matcher/word-pattern';

const ALIASES = [
  'Iran',
  'Biden',
  'Joe Biden',
  'United Nations',
  'Washington Post',
  'Washington',
  'Mélenchon',
  'U.S.',
  'Jean-Luc Mélenchon',
  'NATO',
  'Ørsted',
  'iPhone',
  'The Guardian',
];
const WORDS = [
  ...ALIASES,
  'Iranian',
  'IRAN',
  'BIDEN',
  'Melenchon',
  'Me\u0301lenchon',
  'Wash\u00adington',
  'Orsted',
  'the',
  'joe',
  'x',
  'l’Iran',
  'O’Biden',
  'Jean\u2011Luc',
  'ﬁnance',
  '«',
  '—',
];
const SEPARATORS = [' ', '\u00a0', '\n', '', '’s ', "'s", ', ', '-', '  ', '. ', '’', '“', '”'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 })
  .map((xs) => xs.map(([w, s]) => w + s).join(''));
const dictionary = fc
  .subarray(ALIASES, { minLength: 1 })
  .map((as) => as.map((alias, i): MatcherEntry => ({ key: `e${i % 4}`, alias })));
const neighbour = fc.constantFrom('', 'a', ' ', 'é');

describe('native search', () => {
  it('finds exactly what the letter-by-letter search finds', () => {
    fc.assert(
      fc.property(
        dictionary,
        text,
        neighbour,
        neighbour,
        fc.option(fc.boolean(), { nil: undefined }),
        (d, t, b, a, caps) => {
          const native = compileMatcher(d);
          const letters = compileMatcher(d, { nativeSearch: false });
          expect(native.find(t, b, a, caps)).toEqual(letters.find(t, b, a, caps));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never rules out a text that holds a mention', () => {
    fc.assert(
      fc.property(dictionary, text, (d, t) => {
        const m = compileMatcher(d);
        if (m.find(t).length) expect(m.mayMatch(t)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('rules out plain text without any first word', () => {
    const m = compileMatcher([{ key: 'e1', alias: 'Joe Biden' }]);
    expect(m.mayMatch('The president spoke to reporters on Tuesday — “briefly”.')).toBe(false);
    expect(m.mayMatch('Biden spoke')).toBe(false);
    expect(m.mayMatch('Joe spoke')).toBe(true);
    expect(m.mayMatch('JOE BIDEN SPEAKS')).toBe(true);
    // A letter that folding could change sends the text to the full search.
    expect(m.mayMatch('Zoë spoke')).toBe(true);
  });

  it('gives up the expression for dictionaries with too many first words', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `Name${i}x`);
    expect(wordPattern(words)).toBeNull();
    const m = compileMatcher(words.map((w, i) => ({ key: `e${i}`, alias: `${w} Smith` })));
    expect(m.mayMatch('nothing here')).toBe(true);
    expect(m.find('Name2999x Smith said')).toEqual([{ start: 0, end: 15, key: 'e2999', alias: 'Name2999x Smith' }]);
  });
});

describe('plain characters', () => {
  it('are never part of a word nor invisible inside one', () => {
    for (const [from, to] of PLAIN_RANGES)
      for (let c = from; c <= to; c++) {
        expect(isFoldable(c)).toBe(false);
        expect([CharClass.Word, CharClass.Ignorable]).not.toContain(charClass(c));
      }
  });

  it('leave every other non-ASCII character to the full search', () => {
    for (const c of [0xad, 0xe9, 0x301, 0x200b, 0x2060, 0xfeff, 0xfb01, 0xd83d, 0x4e2d, 0xaa, 0xb2])
      expect(isFoldable(c)).toBe(true);
    expect(isFoldable(0x41)).toBe(false);
  });
});

describe('ASCII character classes', () => {
  it('agree with the Unicode rules', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const expected = /[\p{L}\p{M}\p{N}_]/u.test(ch)
        ? CharClass.Word
        : /\s/u.test(ch)
          ? CharClass.Space
          : ch === "'"
            ? CharClass.Apostrophe
            : ch === '-'
              ? CharClass.Hyphen
              : CharClass.Other;
      expect(charClass(c), `code ${c}`).toBe(expected);
    }
  });
});
