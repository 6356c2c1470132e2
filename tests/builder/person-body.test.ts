import { describe, expect, it } from 'vitest';
import { isDescriptionShape } from '@/utils/builder/description-shape';
import { buildDictionary } from '@/utils/builder/index';

/** The card description of each entity of a short article. */
function cards(text: string): Record<string, string> {
  const dict = buildDictionary([{ title: 'Harbour news', text }]);
  return Object.fromEntries(dict.entities.map((e) => [e.name, e.description ?? '']));
}

describe('the body a person is with', () => {
  it('reads "X of the Body" and "X, of Body," as whom the person is with', () => {
    const c = cards(
      'Ada Brook of the Harbour Trust said the plan was weak. “It is late,” said Tomas Berg, of Velden Bank. Brook and Berg left.',
    );
    expect(c['Ada Brook']).toBe('Of the Harbour Trust');
    expect(c['Tomas Berg']).toBe('Of Velden Bank');
  });

  it('prefers a role the text gives the person', () => {
    const c = cards('Ada Brook of the Harbour Trust said the plan was weak. Brook, an engineer, left.');
    expect(c['Ada Brook']).toBe('Engineer');
  });

  it('gives no home town as a description', () => {
    expect(cards('Karl Okoro of Arden, Ohio, agreed. Okoro left.')['Karl Okoro']).toBe('');
  });

  it('lets only a person have such a description', () => {
    expect(isDescriptionShape('Of Velden Bank', { name: 'Ada Brook', type: 'person' })).toBe(true);
    expect(isDescriptionShape('Of Velden Bank', { name: 'Arden', type: 'place' })).toBe(false);
  });
});

describe('capitalised roles and roles opened by a verb-like word', () => {
  it('splits "the CEO of" a body named in two words or more off the body, and reads it as the role', () => {
    const c = cards('Ada Brook, the CEO of Velden Media Group, spoke on Monday. Brook left.');
    expect(c['Ada Brook']).toBe('CEO of Velden Media Group');
    expect(c['Velden Media Group']).toBe('Media company');
    expect(Object.keys(c)).not.toContain('CEO of Velden Media Group');
  });

  it('keeps an office named by a role "of" something as one name', () => {
    const c = cards('The Inspector-General of Harbour Safety wrote to the board.');
    expect(Object.keys(c)).toContain('Inspector-General of Harbour Safety');
  });

  it('reads "associate professor" as a role, not as a verb and its object', () => {
    const c = cards('“It grew,” said Paul Tarvey, associate professor of physics at Arden College.');
    expect(c['Paul Tarvey']).toBe('Associate professor of physics at Arden College');
  });
});

describe('more callings a person may be given before the name', () => {
  it('reads negotiators, planners, millionaires and retirees as roles', () => {
    const c = cards(
      'Velskan chief negotiator Saeb Orrin said they would act. Certified financial planner Eric Dovan agreed. Early retiree Ana Brook did not.',
    );
    expect([c['Saeb Orrin'], c['Eric Dovan'], c['Ana Brook']]).toEqual([
      'Velskan chief negotiator',
      'Certified financial planner',
      'Early retiree',
    ]);
  });
});
