import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';
import { nameKind } from '@/utils/builder/name-kinds';

describe('the kind a name gives a body or a place the article says nothing else of', () => {
  it('reads the head word of a body’s name, with a demonym or a place the name holds', () => {
    expect(nameKind('Velden Harbour Council', 'organization')).toBe('Council');
    expect(nameKind('Ministry of Ports', 'organization')).toBe('Government ministry');
    expect(nameKind('Norwegian Ferry Authority', 'organization')).toBe('Norwegian authority');
    expect(nameKind('Ohio Department of Ports', 'organization')).toBe('Government department in Ohio');
    expect(nameKind('Lorne Motor Car Company', 'organization')).toBe('Carmaker');
    expect(nameKind('Velden News Corporation', 'organization')).toBe('Media company');
  });

  it('gives a place its kind alone, and nothing to a lone word or a name with no kind in it', () => {
    expect(nameKind('Ostrava Bay', 'place')).toBe('Bay');
    expect(nameKind('Tarsk Road', 'place')).toBe('Road');
    expect(nameKind('Council', 'organization')).toBe('');
    expect(nameKind('Velden Lorne', 'organization')).toBe('');
    expect(nameKind('Velden University', 'person')).toBe('');
  });

  it('is the card only when the text gives no noun phrase', () => {
    const dict = buildDictionary([
      {
        title: 'Ferries',
        text: 'The Velden Harbour Council met on Monday. Ines Moreau, a lecturer at Lorne University, spoke first.',
      },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name)?.description;
    expect(of('Velden Harbour Council')).toBe('Council');
  });
});

describe('a body whose card is a kind of land', () => {
  it('is that place, unless its name is a body’s', () => {
    const dict = buildDictionary([
      {
        title: 'Fire',
        text: 'A fire broke out in the Tarsk neighborhood on Monday. Tarsk residents fled. The city’s Harbour Department and the town’s Velden Board said so.',
      },
    ]);
    const of = (name: string) => dict.entities.find((e) => e.name === name);
    expect([of('Tarsk')?.type, of('Tarsk')?.description]).toEqual(['place', 'Neighborhood']);
    expect(of('Harbour Department')?.type).toBe('organization');
  });

  it('reads an appositive through the comma of a number', () => {
    const dict = buildDictionary([
      { title: 'Fire', text: 'A fire broke out in Tarsk, a port town of 5,000, on Monday.' },
    ]);
    expect(dict.entities.find((e) => e.name === 'Tarsk')?.description).toBe('Port town of 5,000');
  });
});

describe('kinds of bodies and works the text writes beside a name', () => {
  it('knows a nonprofit and a drama', () => {
    const of = (text: string, name: string) =>
      buildDictionary([{ title: 'News', text }]).entities.find((e) => e.name === name)?.description;
    expect(of('Velden Trust, a nonprofit, raised money. Velden Trust said so.', 'Velden Trust')).toBe('Nonprofit');
    expect(of('The streaming drama Velden Nights airs on Monday.', 'Velden Nights')).toBe('Streaming drama');
  });
});

describe('the kind a thing’s or an event’s name gives it', () => {
  it('reads the lower-case words closing a name, and the last words of an event’s name', () => {
    expect(nameKind('Tarsk ferry deal', 'other')).toBe('Ferry deal');
    expect(nameKind('Lorne harbour police', 'organization')).toBe('Harbour police');
    expect(nameKind('Velden Space Station', 'other')).toBe('Space station');
    expect(nameKind('Fourth Amendment', 'other')).toBe('Constitutional amendment');
    expect(nameKind('Tarsk Velden Nights', 'other')).toBe('');
  });

  it('says where an event is held when its name opens with a known place', () => {
    expect(nameKind('Osaka Motor Show', 'other')).toBe('Motor show in Osaka');
    expect(nameKind('Lorne Marathon', 'other')).toBe('Marathon');
    expect(nameKind('Velden Prize', 'other')).toBe('Prize');
  });
});
