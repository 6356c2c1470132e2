import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { KNOWN_KINDS, KNOWN_NAMES } from '@/utils/builder/lexicon/known-names';

describe('the kind of a widely reported name the article says nothing of', () => {
  it('is known for organisations, parties and events, by canonical name', () => {
    expect(KNOWN_KINDS.get('Federal Reserve')).toBe('US central bank');
    expect(KNOWN_KINDS.get('Democratic Party')).toBe('US political party');
    expect(KNOWN_KINDS.get('Great Depression')).toBe('Economic slump of the 1930s');
    // A kind is no part of a name: the forms are read as before.
    expect(KNOWN_NAMES.get('Fed')?.name).toBe('Federal Reserve');
    expect(KNOWN_KINDS.get('Senate')).toBe('Upper house of the legislature');
    expect(KNOWN_KINDS.has('Labour Party')).toBe(false);
  });

  it('describes a known name only when the text gives no noun phrase', () => {
    const dict = buildDictionary([
      {
        title: 'Rates hold',
        text: [
          'The Fed left rates alone on Tuesday, and the Ferrow Institute said it expected the same in June.',
          'Reuters, a Dutch-owned news agency, said traders were calm.',
        ].join('\n'),
      },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name)?.description;
    expect(of('Federal Reserve')).toBe('US central bank');
    expect(of('Reuters')).toBe('Dutch-owned news agency');
  });

  it('knows government bodies, newspapers, companies and products, a product’s models among them', () => {
    expect(KNOWN_KINDS.get('State Department')).toBe('US foreign ministry');
    expect(KNOWN_NAMES.get('CDC')?.name).toBe('Centers for Disease Control and Prevention');
    expect(KNOWN_KINDS.get('NFL')).toBe('US professional football league');
    expect(KNOWN_KINDS.get('Congress')).toBe('US legislature');
    const dict = buildDictionary([
      {
        title: 'Console week',
        text: 'The Velden Courier tested an Xbox, and the Washington Post tried the Xbox Orbix Edition on Friday.',
      },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name);
    expect([of('Xbox')?.type, of('Xbox')?.description]).toEqual(['other', 'Microsoft video game console']);
    expect(of('Washington Post')?.description).toBe('US newspaper');
    expect(of('Xbox Orbix Edition')?.description).toBe('Microsoft video game console');
  });

  it('gives a law, an event or a storm the text says nothing of the kind its name gives it', () => {
    const dict = buildDictionary([
      {
        title: 'Storm week',
        text: 'Hurricane Tessa hit the coast on Monday. Lawmakers will vote on the Harbour Levy Bill next week.',
      },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name)?.description;
    expect([of('Hurricane Tessa'), of('Harbour Levy Bill')]).toEqual(['Hurricane', 'Bill']);
  });
});
