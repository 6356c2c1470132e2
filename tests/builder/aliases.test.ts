import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('aliases', () => {
  it('links a surname to the full name and adds it as an alias', () => {
    const { result, byName } = entitiesOf(
      'Report',
      'Maria Okafor won. Okafor said she was pleased. Later Ms. Okafor left.',
    );
    expect(result.entities.filter((e) => e.type === 'person')).toHaveLength(1);
    expect([...byName('Maria Okafor')!.aliases]).toEqual(['Okafor']);
  });

  it('gives a shared surname to the person named first, not to both', () => {
    const { byName } = entitiesOf(
      'Report',
      'Ana Lindqvist spoke. Her son, Erik Lindqvist, did not. Lindqvist, 70, smiled.',
    );
    expect(byName('Ana Lindqvist')!.aliases.has('Lindqvist')).toBe(true);
    expect(byName('Erik Lindqvist')!.aliases.has('Lindqvist')).toBe(false);
  });

  it('adds the surname of a person named only once in full', () => {
    const { byName } = entitiesOf('Report', 'The envoy, Oskar Wendt, arrived on Friday.');
    expect([...byName('Oskar Wendt')!.aliases]).toEqual(['Wendt']);
  });

  it('learns acronyms from brackets and from initials', () => {
    const { byName } = entitiesOf(
      'Report',
      'The Northern Rail Authority (NRA) met. Later the Coastal Water Board spoke and the CWB agreed. The NRA left.',
    );
    expect(byName('Northern Rail Authority')!.aliases.has('NRA')).toBe(true);
    expect(byName('Coastal Water Board')!.aliases.has('CWB')).toBe(true);
  });

  it('links the tail of an organisation name and a short form', () => {
    const { byName, result } = entitiesOf(
      'Report',
      'The Smith-Jones Policy Center published a study. The Policy Center said more.',
    );
    expect(byName('Smith-Jones Policy Center')!.aliases.has('Policy Center')).toBe(true);
    expect(result.entities).toHaveLength(1);
  });

  it('takes "X – or Y as it is called" as another name for X', () => {
    const { byName } = entitiesOf(
      'Report',
      'They love Westmark – or Ostreland as it is called by locals – more than anywhere.',
    );
    expect(byName('Westmark')!.aliases.has('Ostreland')).toBe(true);
  });

  it('gives a gazetteer place its usual short forms', () => {
    const { byName } = entitiesOf('Report', 'Talks between the US and Peru resumed.');
    expect(byName('United States')!.aliases.has('US')).toBe(true);
  });
});

describe('"House" alone', () => {
  const listOf = (text: string) => entitiesOf('Report', text).list;

  it('is the House of Representatives only when the article names no house of its own', () => {
    expect(listOf('The House voted 220 to 210 on Friday. Lena Marsh, a congresswoman, voted no.')).toContain(
      'House of Representatives:organization',
    );
    expect(
      listOf('Governor Lena Marsh spoke at the State House in Arden on Monday. The House later passed the bill.'),
    ).not.toContain('House of Representatives:organization');
    expect(listOf('Envoys met at the Blue House in Seoul. Lena Marsh attended.')).not.toContain(
      'House of Representatives:organization',
    );
  });

  it('is not the House of Representatives right after a quotation mark', () => {
    expect(listOf('The guests stayed at a villa, the "Green House", near Arden. Lena Marsh hosted.')).not.toContain(
      'House of Representatives:organization',
    );
  });
});

describe('a one-word name beside a body named for it', () => {
  it('stays the place when the text reads it as one', () => {
    const { byName } = entitiesOf('Report', 'Tomas Berg joined Corvale Airways in May. He was born in Corvale.');
    expect(byName('Corvale')?.type).toBe('place');
    expect(byName('Corvale Airways')?.aliases.has('Corvale')).toBe(false);
  });
});
