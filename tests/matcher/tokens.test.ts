import { describe, expect, it } from 'vitest';
import { aliasParts, isAllCaps, readSeparator, readWord } from '@/utils/matcher/tokens';
import { charClass, CharClass, foldWord } from '@/utils/matcher/chars';

describe('chars', () => {
  it('classifies words, spaces, apostrophes, hyphens and invisible characters', () => {
    const cls = (s: string) => charClass(s.charCodeAt(0));
    expect(['a', 'É', '7', '\u0301', 'ж', '中'].map(cls)).toEqual(Array(6).fill(CharClass.Word));
    expect([' ', '\u00a0', '\n', '\u2009'].map(cls)).toEqual(Array(4).fill(CharClass.Space));
    expect(["'", '’', 'ʼ'].map(cls)).toEqual(Array(3).fill(CharClass.Apostrophe));
    expect(['-', '\u2011'].map(cls)).toEqual(Array(2).fill(CharClass.Hyphen));
    expect(['\u00ad', '\u200b'].map(cls)).toEqual(Array(2).fill(CharClass.Ignorable));
    expect(['.', '–', '"'].map(cls)).toEqual(Array(3).fill(CharClass.Other));
  });
  it('folds diacritics and keeps case', () => {
    expect(foldWord('Érdoğan')).toBe('Erdogan');
    expect(foldWord('Straße')).toBe('Strasse');
  });
});

describe('tokens', () => {
  it('reads a word with soft hyphens removed', () => {
    expect(readWord('x Wa\u00adsh y', 2)).toEqual({ start: 2, end: 7, folded: 'Wash' });
  });
  it('normalises a separator and remembers where each character ended', () => {
    expect(readSeparator('a \u00a0\n’ b', 1, 10)).toEqual({ norm: " ' ", rawEnds: [4, 5, 6], next: 6, cut: false });
    expect(readSeparator('a ..... b', 1, 2).cut).toBe(true);
  });
  it('splits aliases into words and separators', () => {
    expect(aliasParts('U.S. Army')?.map((p) => p.key)).toEqual(['u', '.', 's', '. ', 'army']);
    expect(aliasParts('U.S.')?.map((p) => p.cased)).toEqual(['U', '.', 'S', '.']);
    expect(aliasParts('  Iran  ')?.map((p) => p.key)).toEqual(['iran']);
    expect(aliasParts('--')).toBeNull();
  });
  it('recognises all-caps text', () => {
    expect(isAllCaps('BIDEN MEETS PUTIN: 3 TAKEAWAYS')).toBe(true);
    expect(isAllCaps('Biden meets PUTIN')).toBe(false);
    expect(isAllCaps('2024 — 3')).toBe(false);
  });
});
