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
