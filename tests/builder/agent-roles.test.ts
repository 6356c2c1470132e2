import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('roles read from a passive’s "by"', () => {
  it('makes the one who translated, or founded, the translator or founder', () => {
    const c = cards(
      'The 2012 book, which has been newly translated into English by Mira Solberg, is long. Solberg lives in Arden. The shop was founded in 2009 by Ada Lurie and is busy.',
    );
    expect(c['Mira Solberg']).toBe('Translator');
    expect(c['Ada Lurie']).toBe('Founder');
  });

  it('reads no role from a verb outside the clause or from one that names no calling', () => {
    const c = cards(
      'The book was translated last year, and the prize was won by Mira Solberg. The ferry was hit by Tomas Brandt.',
    );
    expect(c['Mira Solberg']).toBe('');
    expect(c['Tomas Brandt']).toBe('');
  });

  it('lets a role the text states outrank one read from a passive', () => {
    const c = cards('The letter was written by Senator Ada Lurie on Monday. Lurie left.');
    expect(c['Ada Lurie']).toBe('Senator');
  });
});
