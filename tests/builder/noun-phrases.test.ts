import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { shortened } from '@/utils/builder/assemble';
import { singularKind } from '@/utils/builder/appositives';
import { entitiesOf } from './helpers';

// Invented sentences: the noun phrases news text gives for who or what somebody or something is.
const card = (text: string, name: string) =>
  buildDictionary([{ title: 'Harbour news', text }]).entities.find((e) => e.name === name)?.description;

describe('noun-phrase descriptions won back from the text', () => {
  it('reads an appositive whose head comes after a possessor and modifiers', () => {
    const text = 'Tomas Keller, Port Arden’s new harbour commissioner, said the quay would reopen.';
    expect(card(text, 'Tomas Keller')).toBe('Port Arden’s new harbour commissioner');
  });

  it('reads a hyphenated role before a name, and does not reach back over a preposition or a verb', () => {
    const { byName } = entitiesOf(
      'Report',
      'Lumenpost editor-in-chief Odile Farrant said the case was closed.\nThe charge made against Lumenpost co-founder Bram Oyelaran was dropped.',
    );
    expect(byName('Odile Farrant')!.descriptions).toContain('Lumenpost editor-in-chief');
    expect(byName('Bram Oyelaran')!.descriptions).toEqual(['Lumenpost co-founder']);
  });

  it('reads a role, a preposition and a place before a name', () => {
    const { byName } = entitiesOf(
      'Report',
      'Norway’s ambassador to Chile Ingrid Solvang has said the talks went well.',
    );
    expect(byName('Ingrid Solvang')!.descriptions).toContain('Norway’s ambassador to Chile');
  });

  it('takes the role phrase next to the name before a comma, not the clause it ends', () => {
    const text = 'Keller joined a call between Arvid Lund and the Estonian president, Kaja Rebane, on Friday.';
    expect(card(text, 'Kaja Rebane')).toBe('Estonian president');
    const { byName } = entitiesOf('Report', 'The head of the port authority, Mira Salo, said so.');
    expect(byName('Mira Salo')!.descriptions).toContain('Head of the port authority');
  });

  it('gives each name of a list the kind written before it, in the singular', () => {
    const text = 'Arden has long opposed the Varn-backed organizations Hamra and Velkor.';
    expect(card(text, 'Hamra')).toBe('Varn-backed organization');
    expect(card(text, 'Velkor')).toBe('Varn-backed organization');
    expect(singularKind('Varn-backed companies')).toBe('Varn-backed company');
    expect(singularKind('Senior fellow')).toBe('Senior fellow');
  });

  it('reads what a participle appositive says of a body or a treaty', () => {
    const text = 'Officials left the Lorne water pact, established in 2011 under Ilse Brandt’s government, last year.';
    expect(card(text, 'Lorne water pact')).toBe('Established in 2011 under Ilse Brandt’s government');
    const founded = 'The board met at Kestrel Labs, founded in 2009 by Ana Brook, on Monday.';
    expect(card(founded, 'Kestrel Labs')).toBe('Founded in 2009 by Ana Brook');
  });

  it('reads an owned name whose head is a lower-case noun', () => {
    const text = 'The raid was led by the Arden Coast Guard’s elite Kestrel force in May.';
    expect(card(text, 'Kestrel force')).toBe('Arden Coast Guard’s elite force');
  });

  it('reads the office somebody held from "during his presidency"', () => {
    const text = 'Ivo Marsh ran the club for years.\nDuring his presidency, Ivo Marsh sold the stadium.';
    expect(card(text, 'Ivo Marsh')).toBe('President');
  });

  it('cuts a long appositive to the role it opens with', () => {
    const entity = { name: 'Lena Ward', type: 'person' as const };
    expect(
      shortened(
        'Fellow at the Arden Institute and a co-founder of the Lorne Policy Center for Housing and Transport in Brest',
        entity,
      ),
    ).toBe('Fellow at the Arden Institute');
    expect(shortened('Top aide to Governor Brandt on the port deal, which Keller signed in May', entity)).toBe(
      'Top aide to Governor Brandt on the port deal',
    );
    // A clause has no role to cut to; a phrase that already has the shape is left as it is.
    expect(shortened('Where the company opened its third plant in Brest', entity)).toBeNull();
    expect(shortened('Senior fellow at the Arden Institute', entity)).toBeNull();
  });
});
