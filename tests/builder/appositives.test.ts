import { describe, expect, it } from 'vitest';
import { tidyPhrase } from '@/utils/builder/appositives';
import { buildDictionary } from '@/utils/builder/index';
import { entitiesOf } from './helpers';

describe('tidyPhrase', () => {
  it('drops leading articles, trailing dates and punctuation, and capitalises', () => {
    expect(tidyPhrase('a senior analyst at the Harbor Group,')).toBe('Senior analyst at the Harbor Group');
    expect(tidyPhrase('the commander of the northern fleet in March 2021')).toBe('Commander of the northern fleet');
  });
});

describe('descriptions', () => {
  const { byName } = entitiesOf(
    'Report',
    [
      '“It is late,” said Nadia Perrin, a senior analyst at the Harbor Group.',
      'The Chilean president, Ramon Ibarra, agreed.',
      'Peru’s minister of finance, Lucia Campos, said nothing.',
      'Senator Dale Porter, a Nevada Democrat, objected.',
      'Coast guard spokesman Emil Varga was not available.',
      'Varga said the Brightline Trust, a housing charity, would help.',
    ].join('\n'),
  );

  it('reads appositives after a name', () => {
    expect(byName('Nadia Perrin')!.descriptions).toContain('Senior analyst at the Harbor Group');
    expect(byName('Brightline Trust')!.descriptions).toContain('Housing charity');
  });

  it('reads roles before a name', () => {
    expect(byName('Ramon Ibarra')!.descriptions).toContain('Chilean president');
    expect(byName('Lucia Campos')!.descriptions).toContain('Peru’s minister of finance');
    expect(byName('Emil Varga')!.descriptions).toContain('Coast guard spokesman');
  });

  it('uses titles and party appositives', () => {
    expect(byName('Dale Porter')!.descriptions).toEqual(['Senator', 'Nevada Democrat']);
  });
});

describe('descriptions from titles and relative clauses', () => {
  const { byName } = entitiesOf(
    'Report',
    [
      'Sen. Ada Rowe, R-Utah., voted early.',
      'Finance Minister Olu Bako arrived late.',
      'Nia Sole, who runs a food bank in Leeds, said demand was rising.',
      'Kai Brand, who spoke on condition of anonymity, said little.',
    ].join('\n'),
  );

  it('writes out abbreviated titles and keeps the words before a title', () => {
    expect(byName('Ada Rowe')!.descriptions).toEqual(['Senator']);
    expect(byName('Olu Bako')!.descriptions).toEqual(['Finance Minister']);
  });

  it('reads what somebody does from a "who" clause, but not every clause', () => {
    expect(byName('Nia Sole')!.descriptions).toEqual(['Head of a food bank in Leeds']);
    expect(byName('Kai Brand')!.descriptions).toEqual([]);
  });
});

describe('kinds of made things after a name', () => {
  it('read a rocket or a vaccine the text names by its kind', () => {
    const { byName } = entitiesOf('Report', 'Crews readied the Corvale rocket. Clinics received the Brenmar vaccine.');
    expect(byName('Corvale')?.descriptions).toContain('Rocket');
    expect(byName('Brenmar')?.descriptions).toContain('Vaccine');
  });
});

describe('appositives after an age or a "who" clause', () => {
  const card = (text: string, name: string) =>
    buildDictionary([{ title: 'Report', text }]).entities.find((e) => e.name === name)?.description;

  it('read the appositive after an age between commas', () => {
    expect(card('Ines Moreau, 45, a teacher at Brenmar High School, said the pay was low.', 'Ines Moreau')).toBe(
      'Teacher at Brenmar High School',
    );
  });

  it('say what somebody heads, founded or runs as their role there', () => {
    expect(card('Ines Moreau, who heads the Corvale Port Authority, said traffic fell.', 'Ines Moreau')).toBe(
      'Head of the Corvale Port Authority',
    );
    expect(card('Tomas Berg, who founded the Brenmar Trust in 2009, said little.', 'Tomas Berg')).toBe(
      'Founder of the Brenmar Trust',
    );
  });

  it('say it of a person whose sentence opens with their name and a body closes', () => {
    expect(card('Ines Moreau runs the Velden Trust. She spoke on Monday.', 'Ines Moreau')).toBe(
      'Head of the Velden Trust',
    );
    expect(card('Tomas Berg chairs Corvale Port Authority. He spoke on Monday.', 'Tomas Berg')).toBe(
      'Chair of Corvale Port Authority',
    );
    expect(card('Ines Moreau founded the Brenmar Trust in 2009. She spoke on Monday.', 'Ines Moreau')).toBe(
      'Founder of the Brenmar Trust',
    );
  });

  it('say nothing when the body does not close the clause or the subject is more than the name', () => {
    expect(card('Tomas Berg leads the Velden Lions to a win. He spoke on Monday.', 'Tomas Berg')).toBe('');
    expect(card('Tomas Berg leads the inquiry. He spoke on Monday.', 'Tomas Berg')).toBe('');
    expect(card('A friend of Tomas Berg runs the Velden Trust. He spoke on Monday.', 'Tomas Berg')).toBe('');
  });
});

describe('what a person is in the story', () => {
  const card = (text: string, name: string) =>
    buildDictionary([{ title: 'Report', text }]).entities.find((e) => e.name === name)?.description;

  it('says a suspect, a hostage or a veteran is one', () => {
    expect(card('The suspect, Tomas Berg, was charged on Monday.', 'Tomas Berg')).toBe('Suspect');
    expect(card('Corvale veteran Ines Moreau joined the board.', 'Ines Moreau')).toBe('Corvale veteran');
  });

  it('reads a role after a possessor of two words', () => {
    expect(card('Tomas Berg, Port Velden’s new harbour master, said the port was ready.', 'Tomas Berg')).toBe(
      'Port Velden’s new harbour master',
    );
  });
});

describe('more ways of saying what somebody is', () => {
  const card = (text: string, name: string) =>
    buildDictionary([{ title: 'Report', text }]).entities.find((e) => e.name === name)?.description;

  it('reads "who has been" as "who is"', () => {
    expect(card('Tomas Berg, who has been the Lions’ coach since 2019, was fired.', 'Tomas Berg')).toBe('Lions’ coach');
  });

  it('reads an appositive set off by dashes', () => {
    expect(card('Ines Moreau — the town’s first harbour master — said the port was ready.', 'Ines Moreau')).toBe(
      'Town’s first harbour master',
    );
  });

  it('reads a role the subject became or has been, with no article', () => {
    expect(card('Ines Moreau has been mayor of Brenmar since 2015.', 'Ines Moreau')).toBe('Mayor of Brenmar');
    expect(card('Tomas Berg became chief executive of Velden Bank in 2020.', 'Tomas Berg')).toBe(
      'Chief executive of Velden Bank',
    );
  });

  it('keeps a job opening the sentence before a first name as the person’s title', () => {
    expect(card('Quarterback Tomas Berg threw three touchdowns.', 'Tomas Berg')).toBe('Quarterback');
  });
});

describe('what a body is before who works there', () => {
  it('puts what the body is, even in one word, before "Where … is a …"', () => {
    const dict = buildDictionary([
      {
        title: 'Report',
        text: 'Ines Moreau, a fellow at the Brenmar Trust, spoke first. The Brenmar Trust, a charity, said nothing.',
      },
    ]);
    expect(dict.entities.find((e) => e.name === 'Brenmar Trust')?.description).toBe('Charity');
  });
});

describe('the office a "who" clause gives', () => {
  const card = (text: string) =>
    buildDictionary([{ title: 'News', text }]).entities.find((e) => e.name === 'Ines Moreau')?.description;

  it('reads an office taken, held or served in', () => {
    expect(card('Ines Moreau, who was elected mayor in 2019, said so.')).toBe('Mayor');
    expect(card('Ines Moreau, who was named head coach last year, said so.')).toBe('Head coach');
    expect(card('Ines Moreau, who became chief executive of Velden Bank in 2019, said so.')).toBe(
      'Chief executive of Velden Bank',
    );
    expect(card('Ines Moreau, who served as mayor from 2010 to 2014, said so.')).toBe('Former mayor');
  });

  it('gives nothing for a clause naming no office', () => {
    expect(card('Ines Moreau, who became famous in 2019, said so.')).toBe('');
    expect(card('Ines Moreau, who was hired in May, said so.')).toBe('');
  });
});
