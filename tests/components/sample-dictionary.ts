import { indexDictionary } from '@/utils/dictionary/lookup';
import { validateDictionary } from '@/utils/dictionary/validate';
import type { Dictionary } from '@/utils/dictionary/schema';

/** A small hand-written dictionary for component tests, independent of the bundled one. */
export function sampleDictionary(): Dictionary {
  const dictionary: Dictionary = {
    schemaVersion: 1,
    sources: [
      {
        id: 's1',
        title: 'Envoy talks',
        url: 'https://news.example/envoy',
        publisher: 'The Example',
        published: '2024-11-15',
      },
      { id: 's2', title: 'Harbour report' },
    ],
    entities: [
      {
        id: 'ada',
        name: 'Ada Lovelace',
        type: 'person',
        aliases: ['Lovelace', 'Ada'],
        description: 'English mathematician. She wrote the first published program.',
        facts: [
          { text: 'Wrote notes on the Analytical Engine.', source: 's1' },
          { text: 'Worked with Charles Babbage.', source: 's2' },
          { text: 'Translated an article by Menabrea.', source: 's1' },
          { text: 'Was the daughter of Lord Byron.', source: 's2' },
        ],
      },
      {
        id: 'babbage',
        name: 'Charles Babbage',
        type: 'person',
        aliases: ['Babbage'],
        description: 'Designer of the Difference Engine.',
        facts: [],
      },
      {
        id: 'society',
        name: 'Royal Society',
        type: 'organization',
        aliases: [],
        description: 'A learned society in London.',
        facts: [],
      },
      { id: 'london', name: 'London', type: 'place', aliases: [], description: '', facts: [] },
      {
        id: 'engine',
        name: 'Analytical Engine',
        type: 'other',
        aliases: ['the Engine'],
        description: 'A machine.',
        facts: [],
      },
    ],
    quotes: [
      {
        id: 'q1',
        text: 'That brain of mine is something more than merely mortal.',
        speaker: 'ada',
        about: [],
        source: 's1',
      },
      { id: 'q2', text: 'She is the enchantress of numbers.', speaker: 'babbage', about: ['ada'], source: 's2' },
      {
        id: 'q3',
        text: 'The engine weaves algebraic patterns.',
        speaker: null,
        about: ['engine', 'ada'],
        source: 's1',
      },
    ],
  };
  const checked = validateDictionary(dictionary);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.dictionary;
}

/** The sample dictionary, indexed. */
export const sampleIndex = () => indexDictionary(sampleDictionary());
