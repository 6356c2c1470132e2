import { describe, expect, it } from 'vitest';
import { headNoun, isDescriptionShape } from '@/utils/builder/description-shape';

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
