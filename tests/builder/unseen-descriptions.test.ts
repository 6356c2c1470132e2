import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('descriptions on articles no rule was written against', () => {
  it('reads a role that opens the sentence before a name as the role, capitalised only for being first', () => {
    expect(cards('Employee Tomas Berg fought the thief. Berg was unhurt.')['Tomas Berg']).toBe('Employee');
  });

  it('takes the kind written after a place name when a preposition follows it', () => {
    expect(cards('The storm reached the remote Velska region in the north on Friday.')['Velska']).toBe('Region');
  });

  it('gives each person of a pair what "both" says they are', () => {
    const c = cards(
      'Chilean Ana Brook and Australian Tim Weekes, both professors at the Arden Institute, were freed on Monday.',
    );
    expect(c['Ana Brook']).toBe('Professor at the Arden Institute');
    expect(c['Tim Weekes']).toBe('Professor at the Arden Institute');
  });

  it('reads the plural kind before "like" or "including" as the kind of each name after it', () => {
    const c = cards('Nimbus sells consoles including the Orbix 2 and the Orbix Mini this week.');
    expect([c['Orbix 2'], c['Orbix Mini']]).toEqual(['Console', 'Console']);
  });
});
