// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { NameRow } from '@/utils/dictionary/names-only';
import { addTellingWords, aliasTellingWords } from '@/utils/matcher/telling-words';
import { namesByWord } from '@/utils/reader-layer/model/names-by-word';
import { pageWords } from '@/entrypoints/learned-names-chunk/names-on-page';

const rows: NameRow[] = [
  ['', 'Ada Lovelace', 0, ['Countess of Lovelace']],
  ['', 'Jean Mélenchon', 0, []],
  ['', 'NATO', 1, ['North Atlantic Treaty Organization']],
  ['', 'G7', 1, []],
  ['', 'Harbour Board', 1, []],
];
const wordsOf = (text: string) => {
  const words = new Set<string>();
  addTellingWords(text, words);
  return words;
};
const found = (text: string, always: (row: NameRow) => boolean = () => false) =>
  namesByWord(rows, always)
    .find(wordsOf(text))
    .map((row) => row[1]);

describe('names looked up by the words of a page', () => {
  it('keys words as the matcher does: folded, lower-cased, capitals or digits only', () => {
    expect([...wordsOf('Ada met the G7 at Café Ñandú in 2020.')]).toEqual(['ada', 'g7', 'cafe', 'nandu', '2020']);
    expect(aliasTellingWords('Countess of Lovelace')).toEqual(['countess', 'lovelace']);
    expect(aliasTellingWords('the board')).toEqual([]);
  });

  it('hands over a name only when the page holds every telling word of its name or of one alias', () => {
    expect(found('Lovelace wrote to Ada.')).toEqual(['Ada Lovelace']);
    expect(found('Ada wrote to the Countess of Lovelace.')).toEqual(['Ada Lovelace']);
    expect(found('Ada wrote; Lovelace did not.')).toEqual(['Ada Lovelace']);
    expect(found('Ada wrote a letter.')).toEqual([]);
    expect(found('The Harbour opened; the Board met.')).toEqual(['Harbour Board']);
  });

  it('finds names whatever their accents or case in the text', () => {
    expect(found('JEAN MELENCHON SPOKE')).toEqual(['Jean Mélenchon']);
    expect(found('Jean Melenchon spoke to NATO and the G7.')).toEqual(['Jean Mélenchon', 'NATO', 'G7']);
  });

  it('always hands over the rows it is told to, and names with no telling word', () => {
    expect(found('nothing here', (row) => row[1] === 'G7')).toEqual(['G7']);
    expect(namesByWord([['', 'iPhone', 3, ['the phone']]], () => false).find(new Set())).toHaveLength(1);
  });

  it("reads a page's text, leaving out scripts and styles", async () => {
    const element = (tag: string, text: string) => Object.assign(document.createElement(tag), { textContent: text });
    const paragraph = element('p', 'met ');
    paragraph.append(element('b', 'Charles'), ' Babbage.');
    const parts = [
      element('h1', 'Ada Lovelace'),
      paragraph,
      element('script', 'var Hidden = 1'),
      element('style', '.Odd{}'),
    ];
    document.body.replaceChildren(...parts);
    expect((await pageWords(document.body)).sort()).toEqual(['ada', 'babbage', 'charles', 'lovelace']);
  });
});
