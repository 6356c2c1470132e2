import { describe, expect, it } from 'vitest';
import { isOrdinaryWord } from '@/utils/builder/lexicon/english-words';
import { entitiesOf, mentionsOf } from './helpers';

const names = (text: string) =>
  mentionsOf(`Report\n${text}`)
    .mentions.filter((m) => !m.weak)
    .map((m) => m.canonical?.name ?? m.name);

describe('names with "of", "and", particles and possessives', () => {
  it('joins two ordinary words with "and" inside the "of" part of a name, but not two names', () => {
    expect(names('She joined the Department of Design and Construction last year.')).toEqual([
      'Department of Design and Construction',
    ]);
    expect(names('He sat on the Joint Committee on Intelligence and Security.')).toEqual([
      'Joint Committee on Intelligence and Security',
    ]);
    expect(names('The Bank of Norland and Brightwell agreed.')).toEqual(['Bank of Norland', 'Brightwell']);
  });

  it('reads an office named after its title, and strips a hyphenated title from a person', () => {
    expect(names('A copy goes to the Inspector-General of Intelligence and Security.')).toEqual([
      'Inspector-General of Intelligence and Security',
    ]);
    expect(names('It was backed by Attorney-General George Brandt on Monday.')).toEqual(['George Brandt']);
    expect(names('The Prime Minister’s adviser spoke.')).toEqual([]);
  });

  it('keeps a particle after a first name that is also a cue word, and an "of" before the head', () => {
    expect(names('He met Mayor Bill de Blasio in the morning.')).toEqual(['Bill de Blasio']);
    expect(names('Signs lit the Chicago Century of Progress Exposition that year.')).toEqual([
      'Chicago Century of Progress Exposition',
    ]);
    expect(names('Crowds came to the World’s Fair and bought Valentine’s Day cards.')).toEqual([
      'World’s Fair',
      'Valentine’s Day',
    ]);
  });

  it('leaves out compound adjectives, titles alone and the people of a place', () => {
    expect(names('A HIGH-powered team met New Yorkers in the Bronx.')).toEqual(['Bronx']);
  });

  it('reads a name of ordinary words after a kind of work or body', () => {
    expect(names('It was published in the journal Current Biology.')).toEqual(['Current Biology']);
  });
});

describe('short forms of one name', () => {
  it('treats a body written both ways as one, and a law called "the Bill" as no person', () => {
    const { byName, list } = entitiesOf(
      'Report',
      'The Department of Harbour Protection fixed the main.\nThe Harbour Protection Department said it was done.\nBill Shorten opposed the Bill.',
    );
    expect([...byName('Department of Harbour Protection')!.aliases]).toContain('Harbour Protection Department');
    expect([...byName('Bill Shorten')!.aliases]).not.toContain('Bill');
    expect(list).toContain('Bill Shorten:person');
  });
});

describe('types from context', () => {
  it('reads places from their opening word or setting, organisations from the kind before them', () => {
    const { list } = entitiesOf(
      'Report',
      [
        'The first sign advertised a barber on the Boulevard Grenelle.',
        'Visitors queued at the Museum of Glass Art and at the Coq Noir in Paris.',
        'Bars hire firms such as Glow Works Studio and Brightneon.',
      ].join('\n'),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        'Boulevard Grenelle:place',
        'Museum of Glass Art:place',
        'Coq Noir:place',
        'Brightneon:organization',
      ]),
    );
  });
});

describe('titles of works', () => {
  it('reads a title after a word for its kind, across its short lower-case words', () => {
    const { list } = entitiesOf(
      'Report',
      [
        'Ada Lurie’s 1968 work My Name as Though It Were Written on the Sea poked fun at the race.',
        'In the 2012 book L’être et le Néon, the author looks back.',
      ].join('\n'),
    );
    expect(list).toEqual(
      expect.arrayContaining([
        'My Name as Though It Were Written on the Sea:other',
        'L’être et le Néon:other',
        'Ada Lurie:person',
      ]),
    );
  });
});

describe('ordinary English words', () => {
  it('does not take a capitalised word the English lexicon knows for a name on its own', () => {
    expect(isOrdinaryWord('clockwise')).toBe(true);
    expect(isOrdinaryWord('paris')).toBe(false);
    expect(names('Clockwise from top: the shed, the boat and Ada Lurie.')).toEqual(['Ada Lurie']);
  });
});
