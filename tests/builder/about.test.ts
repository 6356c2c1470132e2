import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const subjects = (text: string) => {
  const { result, nameOf } = entitiesOf('Report', text);
  return result.quotes.map((q) => q.about.map((i) => nameOf(i)).sort());
};

describe('quoteSubjects', () => {
  it('lists names and demonyms inside the quotation', () => {
    expect(subjects('Brazil hosted the talks.\n“Peru and the Brazilians will sign,” said Ines Moreau.')).toEqual([
      ['Brazil', 'Peru'],
    ]);
  });

  it('does not invent a place for a demonym the article never names', () => {
    expect(subjects('“The Brazilians will sign,” said Ines Moreau.')).toEqual([[]]);
  });

  it('resolves a leading "He" when the attribution says who it is about', () => {
    expect(subjects('Tomas Berg met ministers.\n“He is now leading the talks,” said Ines Moreau, about Berg.')).toEqual(
      [['Tomas Berg']],
    );
  });

  it('reads "the president" in a quotation as the person the article called president', () => {
    expect(
      subjects('President Tomas Berg left for the coast.\n“The president wants the dam rebuilt,” said Ines Moreau.'),
    ).toEqual([['Tomas Berg']]);
  });

  it('counts the speaker when speaking about themselves', () => {
    expect(subjects('“I was wrong about the dam,” said Ines Moreau.')).toEqual([['Ines Moreau']]);
  });

  it('finds lower-case aliases such as "the trade deal"', () => {
    expect(subjects('They signed the Peru trade deal in May.\n“The trade deal will fail,” said Ines Moreau.')).toEqual([
      ['Peru trade deal'],
    ]);
  });

  it('reads "the beach" as the beach just named', () => {
    expect(
      subjects('Whales stranded on Long Sand Beach.\n“I ran down to the beach at dawn,” said Ines Moreau.'),
    ).toEqual([['Ines Moreau', 'Long Sand Beach']]);
  });
});

describe('names reached by their head word', () => {
  it('reads "this Bill" in a quotation as the bill named before it', () => {
    const { result, nameOf } = entitiesOf(
      'Report',
      'The Data Retention Bill will be debated this week.\n“Press freedom should be addressed in this Bill,” said Bill Shorten.',
    );
    expect(result.quotes[0]!.about.map(nameOf)).toContain('Data Retention Bill');
  });
});

describe('what the sentences around a quotation name', () => {
  it('counts what the quotation’s own sentence names, but not its speaker or whom it was told to', () => {
    expect(
      subjects('“It is a disgrace,” Ines Moreau told the Corvale Herald, pointing at the Brenmar Trust’s plan.'),
    ).toEqual([['Brenmar Trust']]);
  });

  it('reads he or she in the words as the last other person named before them whom the pronoun fits', () => {
    expect(
      subjects(
        'Tomas Berg left the council in May. Ada Lind stayed on.\n“He never answered our letters,” Ines Moreau said.',
      ),
    ).toEqual([['Tomas Berg']]);
  });

  it('reads they or their in the words as the last body named before them', () => {
    expect(
      subjects('The Brenmar Trust closed the shelter in May.\n“They never answered our letters,” Ines Moreau said.'),
    ).toEqual([['Brenmar Trust']]);
  });

  it('reads a person’s "we" as the body the article says they work for', () => {
    expect(
      subjects('Ines Moreau, a lawyer at the Brenmar Trust, read the ruling.\n“We will appeal,” Moreau said.'),
    ).toEqual([['Brenmar Trust']]);
  });
});
