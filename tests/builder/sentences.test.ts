import { describe, expect, it } from 'vitest';
import { isTitleCase, splitParagraphs, splitSentences } from '@/utils/builder/sentences';

const texts = (s: string) => splitSentences(s, 0, 0).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(texts('It rained. Was it cold? Yes! Very.')).toEqual(['It rained.', 'Was it cold?', 'Yes!', 'Very.']);
  });

  it('keeps a middle initial and dotted double initials inside the sentence', () => {
    expect(texts('Karl P. Oduya, a fellow at the institute, said so. George R.K. Vance agreed. They left.')).toEqual([
      'Karl P. Oduya, a fellow at the institute, said so.',
      'George R.K. Vance agreed.',
      'They left.',
    ]);
    expect(texts('Under Mira T. S. Holm the board met. It voted.')).toHaveLength(2);
  });

  it('does not split after titles, initials or abbreviations', () => {
    expect(texts('Mr. Lopez met Dr. Chan on Sept. 5. They talked.')).toHaveLength(2);
    expect(texts('She quoted J. R. Tolkien at length.')).toHaveLength(1);
  });

  it('splits after a letter that ends a sentence when a sentence opener follows', () => {
    expect(texts('He still plays the Zenbox Two S. That model is quieter.')).toEqual([
      'He still plays the Zenbox Two S.',
      'That model is quieter.',
    ]);
    expect(texts('She met Harry S. Lundgren there.')).toHaveLength(1);
  });

  it('keeps closing quotation marks with their sentence', () => {
    expect(texts('“We won.” She smiled.')).toEqual(['“We won.”', 'She smiled.']);
  });
});

describe('isTitleCase', () => {
  it('recognises headline style but not a sentence full of names', () => {
    expect(isTitleCase('Rates Will Soon Rise Faster Than Expected')).toBe(true);
    expect(isTitleCase('Maria Lopez and Kenji Sato met Ahmed Khan')).toBe(false);
    expect(isTitleCase('The council met on Monday to discuss the budget')).toBe(false);
  });
});

describe('splitParagraphs', () => {
  it('puts the headline first and numbers sentences across paragraphs', () => {
    const ps = splitParagraphs('Big Day', 'One. Two.\n\nThree.');
    expect(ps.map((p) => p.headline)).toEqual([true, false, false]);
    expect(ps.flatMap((p) => p.sentences.map((s) => s.index))).toEqual([0, 1, 2, 3]);
  });
});
