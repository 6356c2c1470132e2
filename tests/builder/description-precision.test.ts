import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('words before a name that are no description of it', () => {
  it('reads no modifier into a question word or a clause’s subject and verb', () => {
    const c = cards(
      'That changed at the turn of the year when Talvex introduced its new visor. The researchers observed Velora for nine nights.',
    );
    expect(c['Talvex']).toBe('');
    expect(c['Velora']).toBe('');
  });

  it('still reads a participle before a name as what the text calls it', () => {
    expect(cards('He joined the newly created Office of Harbour Safety.')['Office of Harbour Safety']).toBe(
      'Newly created',
    );
  });

  it('takes no opening prepositional phrase for a role set before the name', () => {
    const c = cards('In a research report early Tuesday, Morrow analyst Jon Matus said the market was wrong.');
    expect(c['Morrow']).not.toMatch(/report/i);
    expect(c['Jon Matus']).toBe('Morrow analyst');
  });

  it('reaches back over "for" only to a role, not to any noun', () => {
    const c = cards('She gave me an email address for Ford’s sister, Martha Fry. Ford wrote books.');
    expect(c['Martha Fry']).toBe('Ford’s sister');
  });
});

describe('places in a list', () => {
  it('does not put a country in the next country of the list', () => {
    const c = cards('The service launches in Canada, Japan, Norway and Sweden this week.');
    expect([c['Canada'], c['Japan'], c['Norway']]).toEqual(['Country', 'Country', 'Country']);
  });
});
