import { describe, expect, it } from 'vitest';
import { entitiesOf, mentionsOf } from './helpers';

const names = (text: string) =>
  mentionsOf(text)
    .mentions.filter((m) => !m.weak)
    .map((m) => m.canonical?.name ?? m.name);

describe('name candidates', () => {
  it('joins capitalised words and allowed connectors into one name', () => {
    expect(names('Report\nShe works at the Bank of Northern Wales and the Office for Budget Responsibility.')).toEqual([
      'Bank of Northern Wales',
      'Office for Budget Responsibility',
    ]);
    expect(names('Report\nThe Committee for a Fair Tax Code met.')).toContain('Committee for a Fair Tax Code');
  });

  it('does not join a person and a place with "of"', () => {
    expect(names('Report\nGovernor Ana Ruiz of Arizona spoke.')).toEqual(['Ana Ruiz', 'Arizona']);
  });

  it('strips titles and honorifics, keeping them on the mention', () => {
    const m = mentionsOf('Report\nYesterday Maj Gen Tomas Varga and Mr. Pell arrived.').mentions;
    expect(m.map((x) => x.name)).toEqual(['Tomas Varga', 'Pell']);
    expect(m[0]!.titles).toEqual(['Maj', 'Gen']);
  });

  it('drops ordinary words capitalised only because they open a sentence', () => {
    expect(names('Report\nEarlier this week Lindqvist spoke. Complicating matters, Lindqvist left.')).toEqual([
      'Lindqvist',
      'Lindqvist',
    ]);
  });

  it('keeps a sentence opener that the article also capitalises mid-sentence', () => {
    expect(names('Report\nOrtega arrived late. Officials said Ortega was tired.')).toEqual(['Ortega', 'Ortega']);
  });

  it('treats possessives and curly apostrophes as the end of a name', () => {
    expect(names("Report\nThey discussed Peru’s debt and Chile's copper.")).toEqual(['Peru', 'Chile']);
  });

  it('does not make demonyms entities but remembers them', () => {
    const { mentions, demonyms } = mentionsOf('Report\nMany Brazilians and the Kenyan minister agreed.');
    expect(mentions).toHaveLength(0);
    expect(demonyms.map((d) => d.place)).toEqual(['Brazil', 'Kenya']);
  });

  it('splits party members off places and maps them to the party', () => {
    expect(names('Report\nSenator Jo Kim, a Utah Republican, said so.')).toEqual([
      'Jo Kim',
      'Utah',
      'Republican Party',
    ]);
  });

  it('maps gazetteer short forms to their canonical place', () => {
    expect(names('Report\nOfficials in the U.S. and the UK agreed.')).toEqual(['United States', 'United Kingdom']);
  });

  it('keeps a country in front of an organisation, noting the short form', () => {
    const m = mentionsOf('Report\nThe France Office of Water Safety warned.').mentions;
    expect(m[0]!.name).toBe('France Office of Water Safety');
    expect(m[0]!.shortForm).toBe('Office of Water Safety');
  });

  it('recognises named agreements such as "the Peru trade deal"', () => {
    const m = mentionsOf('Report\nThey left the Peru trade deal in May.').mentions;
    const deal = m.find((x) => x.name === 'Peru trade deal')!;
    expect(deal.shortForm).toBe('trade deal');
  });

  it('marks names in title-case lines as weak evidence', () => {
    const m = mentionsOf('Markets Will Soon Turn Against Ortega Again\nOrtega spoke.').mentions;
    expect(m.find((x) => x.para === 0)?.weak).toBe(true);
  });

  it('ignores title-case prose that is not a name', () => {
    expect(names('Report\nThe headline: What May Soon Exceed Cost Here')).toEqual([]);
  });

  it('does not take plural acronyms for names', () => {
    expect(names('Report\nMany MPs and CEOs met the Premier League.')).toEqual(['Premier League']);
  });
});

describe('unusual name shapes', () => {
  it('keeps particles written in lower case and names with numbers', () => {
    expect(names('Report\nPresident Bashar al-Assad skipped the G20 summit and COP28.')).toEqual([
      'Bashar al-Assad',
      'G20',
      'COP28',
    ]);
  });
});

describe('names inside quoted speech', () => {
  it('drops a lone unknown capitalised word met only inside a quotation', () => {
    const { list } = entitiesOf('Report', '“We sang for the Elders and for Peru,” said Ines Moreau.');
    expect(list).toEqual(expect.arrayContaining(['Peru:place', 'Ines Moreau:person']));
    expect(list.some((e) => e.startsWith('Elders'))).toBe(false);
  });

  it('keeps it when the article also names it outside quotations', () => {
    const { list } = entitiesOf('Report', 'The Elders met in Lima.\n“We thank the Elders,” said Ines Moreau.');
    expect(list.some((e) => e.startsWith('Elders'))).toBe(true);
  });
});

describe('a person, "of", then where they work', () => {
  it('is two names, not one', () => {
    const { list } = entitiesOf(
      'Report',
      'Senior researcher Kofi Amankwah of Velden University said the tide was late.',
    );
    expect(list).toEqual(expect.arrayContaining(['Kofi Amankwah:person', 'Velden University:organization']));
    expect(list.some((e) => e.includes(' of '))).toBe(false);
  });
});

describe('a place, then a plural nickname', () => {
  it('is a team named for the place, known by its nickname too', () => {
    const { result, byName } = entitiesOf('Report', 'The Detroit Lions beat the Kansas City Chiefs on Sunday.');
    expect(byName('Detroit Lions')?.type).toBe('organization');
    expect(byName('Detroit Lions')?.aliases.has('Lions')).toBe(true);
    expect(byName('Kansas City Chiefs')?.aliases.has('Chiefs')).toBe(true);
    expect(result.entities.some((e) => e.name === 'Detroit')).toBe(false);
  });

  it('is left alone in a title-case headline', () => {
    const { list } = entitiesOf('Texas Floods Leave Thousands Without Power', 'Rain fell on Texas all week.');
    expect(list.some((e) => e.startsWith('Texas Floods'))).toBe(false);
  });
});

describe('a name and a lower-case head noun', () => {
  it('joins an airport, station or stadium as a place, and the police or a militia as a body', () => {
    const { byName } = entitiesOf('Report', 'Flights left Brenmar airport late. Corvale police closed the road.');
    expect(byName('Brenmar airport')?.type).toBe('place');
    expect(byName('Corvale police')?.type).toBe('organization');
  });
});

describe('a run of ordinary capitalised words in prose', () => {
  it('is a name when the article writes it twice', () => {
    const { list } = entitiesOf(
      'Report',
      'Volunteers from Safe Streets cleaned the beach. Ines Moreau has led Safe Streets since it began.',
    );
    expect(list.some((e) => e.startsWith('Safe Streets:'))).toBe(true);
  });

  it('is still no name when written once, or when it holds a function word', () => {
    const once = entitiesOf('Report', 'Volunteers from Safe Streets cleaned the beach on Monday.');
    expect(once.list.some((e) => e.startsWith('Safe Streets'))).toBe(false);
    const twice = entitiesOf(
      'Report',
      'Critics said Loved Me Like was everywhere. Radio stations played Loved Me Like all night.',
    );
    expect(twice.list.some((e) => e.startsWith('Loved'))).toBe(false);
  });
});

describe('bodies named "X of Y"', () => {
  it('reads a chamber of commerce or a diocese as one name, and stops "and" before a name of its own', () => {
    const { list } = entitiesOf(
      'Report',
      'The Corvale Chamber of Commerce and Friends of the Velden River backed the plan, as did the Diocese of Brenmar.',
    );
    expect(list).toEqual(
      expect.arrayContaining(['Corvale Chamber of Commerce:organization', 'Diocese of Brenmar:organization']),
    );
    expect(list.some((e) => e.startsWith('Friends of the Velden River'))).toBe(true);
  });
});
