import { describe, expect, it } from 'vitest';
import { buildDictionary } from '@/utils/builder/index';

function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Markets today', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('a stock index named with its kind after it', () => {
  it('is described as an index', () => {
    const c = cards('The U.S. benchmark Velden 200 index was little changed on Monday.');
    expect(c['Velden 200']).toBe('Index');
    expect(cards('The Arden 40 index was little changed on Monday.')['Arden 40']).toBe('Index');
  });

  it('reads the kind before an irregular past verb ("index fell")', () => {
    const c = cards('The pan-Arden Velden 300 index fell 1% while bond yields rose.');
    expect(c['Velden 300']).toBe('Index');
  });
});
