import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('makers and what they make', () => {
  it('calls a thing named after a body that body’s product when nothing else describes it', () => {
    const c = cards(
      'The company Talvex sells the Talvex Visor Pro for 900 dollars. Talvex, the headset maker, said sales rose. The Talvex Visor Pro is heavy.',
    );
    expect(c['Talvex Visor Pro']).toBe('Talvex product');
  });

  it('reads a number after a body’s name as a version or a score, not a product of its own', () => {
    const c = cards(
      'The company Talvex sells the Talvex 3 for 900 dollars. Talvex, the headset maker, said sales rose. The Talvex 3 is heavy.',
    );
    expect(c['Talvex 3']).toBe('');
  });

  it('keeps what the text says of the thing before the maker’s name', () => {
    const c = cards(
      'The company Talvex sells the Talvex Visor, a mixed-reality headset, for 900 dollars. Talvex said sales rose.',
    );
    expect(c['Talvex Visor']).toBe('Mixed-reality headset');
  });

  it('makes a body the maker of the kind of thing its possessive opens', () => {
    const c = cards(
      'Velden Inc. said sales rose. Velden’s first phone game will launch in May. Arden Bank’s car is red.',
    );
    expect(c['Velden Inc.']).toBe('Game maker');
    expect(c['Arden Bank']).toBe('Bank');
  });

  it('reads no kind from a noun phrase that goes on past it', () => {
    const c = cards('Velden Inc. said sales rose. Velden’s game console is fast.');
    expect(c['Velden Inc.']).toBe('Console maker');
  });
});

describe('the kind after a model’s name', () => {
  it('reads it after "a" and before a verb when the name has a number or a letter after a hyphen', () => {
    const c = cards('A Kestrel-M rocket carrying a satellite broke up in May. An Orbix 2 console was sold on Monday.');
    expect([c['Kestrel-M'], c['Orbix 2']]).toEqual(['Rocket', 'Console']);
  });

  it('still reads "a Velden camera" as made by Velden, not as what Velden is', () => {
    expect(cards('A Velden camera is cheap. Velden Inc. said so.')['Velden Inc.']).toBe('Company');
  });
});
