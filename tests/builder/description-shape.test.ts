import { describe, expect, it } from 'vitest';
import { headNoun, isDescriptionShape } from '@/utils/builder/description-shape';
import { buildDictionary } from '@/utils/builder/index';

describe('isDescriptionShape', () => {
  it.each([
    'Israeli prime minister',
    'A Boston-based maker of drones',
    'Apple’s chief executive',
    'Senior fellow at the Halden Institute',
    'Newly created',
    'Founded by Mira Castell',
    'Firm in Lisbon',
    'Research professor of planning at Arden University',
    'Kestrel magazine’s music editor',
    'Where Ilse Brandt is a senior fellow',
    'Where Vaterra has an ambassador',
    'Deputy mayor',
    'Part of Orbis Media',
    'Restored coaching inn in Cupertino, California',
    'Port town of 5,000',
  ])('accepts the noun phrase %j', (text) => {
    expect(isDescriptionShape(text)).toBe(true);
  });

  it.each([
    'Where the company opened its third plant',
    'Where X is an against the president',
    'Way to his election victory; Republican Party against the president',
    'Brandt ordered the strike that ended the siege',
    'The council has voted to close the pier',
    'He decided the town would leave the pact',
    'According to two officials who spoke with the Gazette',
    'In front of the carving shed',
    'Said Jun Tanaka, who runs the clinic',
    'Keep up with the Arden Daily newsletter',
    'The dam was never inspected.',
    'Tomas Halloran leads the union',
    'Musk, the world’s richest man, has been assisting…',
    'Senior fellow, who left in 2019',
    '“the godmother of jazz”',
    'Town of 5, most of them fishermen',
    '',
  ])('refuses the fragment %j', (text) => {
    expect(isDescriptionShape(text)).toBe(false);
  });

  it('refuses a description that names the entity itself', () => {
    expect(isDescriptionShape('Established in 2015 during Ilse Brandt’s term', { name: 'Ilse Brandt' })).toBe(false);
    expect(isDescriptionShape('Kestrel magazine’s editor', { name: 'Mira Lind', aliases: ['Lind'] })).toBe(true);
  });

  it("refuses a person's role on their institution", () => {
    const uni = { name: 'Arden University', type: 'organization' as const };
    expect(isDescriptionShape('An undergraduate at Arden University', { ...uni, name: 'Arden Univ' })).toBe(false);
    expect(isDescriptionShape('Spokesman for the harbour board', uni)).toBe(false);
    expect(isDescriptionShape('Public university in Arden', uni)).toBe(true);
    expect(isDescriptionShape('Spokesman for the harbour board', { name: 'Ola Berg', type: 'person' })).toBe(true);
  });

  it('finds the head noun before the first preposition', () => {
    expect(headNoun('A senior fellow at the Halden Institute')).toBe('fellow');
    expect(headNoun('Kestrel magazine’s music editor')).toBe('editor');
  });
});

describe('noun-phrase descriptions the text gives', () => {
  const card = (text: string, name: string) =>
    buildDictionary([{ id: 'a', title: 'Harbour news', text }]).entities.find((e) => e.name === name)?.description;

  it('take the kind written after a name, not a kind that belongs to it', () => {
    expect(card('Reporters from the Ostrava news agency asked about the harbour.', 'Ostrava')).toBe('News agency');
    expect(card('The Halvard administration said the harbour would open on Monday.', 'Halvard')).toBe('');
  });

  it('take what the subject of a sentence is', () => {
    expect(card('Lena Okafor is a marine engineer who designed the harbour wall.', 'Lena Okafor')).toBe(
      'Marine engineer',
    );
  });

  it('take what somebody "was then serving as"', () => {
    expect(
      card('The plan came from Tomas Rinn, who was then serving as the mayor’s chief adviser.', 'Tomas Rinn'),
    ).toBe('Mayor’s chief adviser');
  });

  it('join two roles of a person into one noun phrase, never with a semicolon', () => {
    const d = card('Senator Ada Brook, a Corvale Republican, spoke on Monday.', 'Ada Brook');
    expect(d).toBe('Senator and Corvale Republican');
  });

  it('put an office title before a phrase the text gives the person more often', () => {
    const d = card(
      'Senator Ada Brook, a Corvale Republican, spoke on Monday. Ms. Brook, the Corvale Republican, left early.',
      'Ada Brook',
    );
    expect(d).toBe('Senator and Corvale Republican');
  });

  it('accept where a place is, and refuse a clause', () => {
    expect(isDescriptionShape('In Lisbon')).toBe(true);
    expect(isDescriptionShape('In front of the carving shed')).toBe(false);
    expect(isDescriptionShape('Remote region that borders Arden')).toBe(false);
    expect(isDescriptionShape('Heads the harbour board')).toBe(false);
  });
});

describe('a person’s role as a description', () => {
  it('may stand on an organisation but not on a place', () => {
    const role = 'Where Ines Moreau is a press secretary';
    expect(isDescriptionShape(role, { name: 'Harbour Board', aliases: new Set(), type: 'organization' })).toBe(true);
    expect(isDescriptionShape(role, { name: 'Arden House', aliases: new Set(), type: 'place' })).toBe(false);
  });
});
