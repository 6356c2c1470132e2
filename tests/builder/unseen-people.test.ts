import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';
import { buildDictionary } from '@/utils/builder/index';

const speakers = (text: string, title = 'Report') => {
  const { result, nameOf } = entitiesOf(title, text);
  return result.quotes.map((q) => `${q.text.slice(0, 12)}=${nameOf(q.speaker)}`);
};

describe('speakers named with the body they speak for', () => {
  it('gives "said Velden Power spokeswoman Ines Moreau" to the person, not the body', () => {
    expect(
      speakers(
        [
          'Velden Power cut electricity to thousands of homes on Tuesday.',
          '“We know this is hard,” said Velden Power spokeswoman Ines Moreau.',
        ].join('\n'),
      ),
    ).toEqual(['We know this=Ines Moreau']);
  });
});

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('roles people are given on unseen articles', () => {
  it('keeps a participle that qualifies the role after it ("a retired teacher")', () => {
    expect(cards('Tomas Berg, 54, a retired teacher who lives in Brisk, bought a generator.')['Tomas Berg']).toBe(
      'Retired teacher',
    );
  });

  it('reads a word ending in "-ist" as a calling before or after a name', () => {
    const c = cards('The mill was built by the industrialist Tomas Berg. Ines Moreau, a columnist, wrote about it.');
    expect([c['Tomas Berg'], c['Ines Moreau']]).toEqual(['Industrialist', 'Columnist']);
  });
});
