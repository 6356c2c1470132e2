import { describe, expect, it } from 'vitest';
import bundled from '@/assets/dictionary.json';
import { checkDictionaryShape } from '@/utils/dictionary/shape';
import { validateDictionary } from '@/utils/dictionary/validate';

const valid = () => ({
  schemaVersion: 1,
  sources: [{ id: 's1', title: 'An article', url: 'https://example.org/a' }],
  entities: [
    {
      id: 'e1',
      name: 'Joe Biden',
      type: 'person',
      aliases: ['Biden'],
      description: 'President',
      facts: [{ text: 'Spoke on Tuesday.', source: 's1' }],
    },
  ],
  quotes: [{ id: 'q1', text: 'We will.', speaker: 'e1', about: [], source: 's1' }],
});

describe('checkDictionaryShape', () => {
  it('accepts the bundled dictionary, which the full schema accepts too', () => {
    expect(validateDictionary(bundled).ok).toBe(true);
    expect(checkDictionaryShape(bundled).ok).toBe(true);
  });

  it('accepts a well-formed dictionary and hands it back unchanged', () => {
    const data = valid();
    const result = checkDictionaryShape(data);
    expect(result).toEqual({ ok: true, dictionary: data });
  });

  it.each([
    ['not an object', () => [], 'the dictionary is not an object'],
    ['another version', () => ({ ...valid(), schemaVersion: 2 }), 'schemaVersion is 2, expected 1'],
    ['entities missing', () => ({ ...valid(), entities: undefined }), 'sources, entities and quotes must be lists'],
    [
      'a nameless entity',
      () => ({ ...valid(), entities: [{ ...valid().entities[0], name: '' }] }),
      'entities.0 has no name',
    ],
    [
      'an unknown type',
      () => ({ ...valid(), entities: [{ ...valid().entities[0], type: 'robot' }] }),
      'entities.0 has an unknown type',
    ],
    [
      'aliases not text',
      () => ({ ...valid(), entities: [{ ...valid().entities[0], aliases: [3] }] }),
      'entities.0 has aliases that are not a list of text',
    ],
    [
      'facts malformed',
      () => ({ ...valid(), entities: [{ ...valid().entities[0], facts: [{}] }] }),
      'entities.0 has malformed facts',
    ],
    [
      'a quote without text',
      () => ({ ...valid(), quotes: [{ ...valid().quotes[0], text: 7 }] }),
      'quotes.0 is malformed',
    ],
    [
      'a speaker of the wrong kind',
      () => ({ ...valid(), quotes: [{ ...valid().quotes[0], speaker: 1 }] }),
      'quotes.0 has a malformed speaker',
    ],
    ['a source without title', () => ({ ...valid(), sources: [{ id: 's1' }] }), 'sources.0 is malformed'],
  ])('refuses %s, naming the problem', (_, make, error) => {
    const result = checkDictionaryShape(make());
    expect(result).toEqual({ ok: false, error });
    // Whatever the quick check refuses, the full schema refuses as well.
    expect(validateDictionary(make()).ok).toBe(false);
  });
});
