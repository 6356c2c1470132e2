import { describe, expect, it } from 'vitest';
import bundled from '@/assets/dictionary.json';
import {
  backgroundPhrase,
  cardSections,
  firstPhrase,
  LABEL_TITLE_LENGTH,
  leadLine,
  sourceLabel,
} from '@/utils/cards/card-sections';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { Dictionary, Entity } from '@/utils/dictionary/schema';

const older = {
  id: 'older',
  title: 'An older story about the harbour',
  publisher: 'Harbour Weekly',
  published: '2024-11-19',
};
const story = { id: 'story', title: 'Bridge opens', publisher: 'Arden Times', published: '2025-02-01T08:00:00Z' };
const brook: Entity = {
  id: 'brook',
  name: 'Ada Brook',
  type: 'person',
  aliases: [],
  description: 'Established in 2015 during her term',
  facts: [
    { text: 'Brook opened the bridge.', source: 'story' },
    { text: 'Brook ran the harbour board.', source: 'older' },
  ],
};
const dictionary: Dictionary = {
  schemaVersion: 1,
  sources: [older, story],
  entities: [brook],
  quotes: [
    { id: 'q1', text: 'It is open', speaker: 'brook', about: [], source: 'story' },
    { id: 'q2', text: 'The board agrees', speaker: 'brook', about: [], source: 'older' },
  ],
};
const index = indexDictionary(dictionary);
const storyWords = { source: story, entities: [{ ...brook, description: 'mayor of Arden', facts: [brook.facts[0]!] }] };

describe('cardSections', () => {
  it('puts what the story on the page says first, then each other source with what it adds', () => {
    const sections = cardSections(brook, index, storyWords);
    expect(sections.map((s) => [s.inStory, s.source?.id, s.description])).toEqual([
      [true, 'story', 'mayor of Arden'],
      [false, 'older', 'Established in 2015 during her term'],
    ]);
    expect(sections[0]!.said.map((q) => q.id)).toEqual(['q1']);
    expect(sections[1]!.said.map((q) => q.id)).toEqual(['q2']);
    expect(sections[1]!.facts.map((f) => f.text)).toEqual(['Brook ran the harbour board.']);
  });

  it('lists other sources as a timeline: the one the background comes from first, then newest first, undated last', () => {
    const sources = [
      { id: 'a', title: 'Spring', publisher: 'P', published: '2024-04-01' },
      { id: 'b', title: 'Undated', publisher: 'P' },
      { id: 'c', title: 'Summer', publisher: 'P', published: '2024-07-01' },
      { id: 'd', title: 'Winter', publisher: 'P', published: '2024-01-01' },
    ];
    const entity: Entity = {
      ...brook,
      description: 'harbour master',
      facts: ['d', 'a', 'b', 'c'].map((source) => ({ text: `Brook in ${source}.`, source })),
    };
    const timeline = indexDictionary({ schemaVersion: 1, sources, entities: [entity], quotes: [] });
    // The description is the first cited source's (d): it leads, however old.
    expect(cardSections(entity, timeline).map((s) => s.source?.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('never lets another story’s background lead unlabelled: without the story it leads under its source', () => {
    const sections = cardSections(brook, index);
    expect(sections[0]!.inStory).toBe(false);
    expect(leadLine(sections)).toEqual({ text: 'Established in 2015 during her term', section: sections[0] });
    // The description stands under the source its facts cite first.
    expect(sections.map((s) => s.source && sourceLabel(s.source))).toEqual([
      'Arden Times, 1 February 2025',
      'Harbour Weekly, 19 November 2024',
    ]);
  });

  it('leads with no line when the story gives no description, and keeps this story’s facts first', () => {
    const bare = { ...storyWords, entities: [{ ...storyWords.entities[0]!, description: '' }] };
    const lead = leadLine(cardSections(brook, index, bare));
    expect(lead.text).toBe('');
    expect(lead.section?.inStory).toBe(true);
    expect(lead.section?.facts.map((f) => f.text)).toEqual(['Brook opened the bridge.']);
  });

  it('never leads with a sentence: a description that is one gives way to the section’s facts', () => {
    const said = 'Brook, who grew up by the harbour, opened the bridge on Monday. She thanked the builders.';
    const talky = { ...storyWords, entities: [{ ...storyWords.entities[0]!, description: said }] };
    const sections = cardSections(brook, index, talky);
    expect(leadLine(sections)).toEqual({ text: '', section: sections[0] });
    expect(sections[0]!.inStory).toBe(true);
    // A list entry takes the next source's phrase instead.
    expect(firstPhrase(sections)).toBe('Established in 2015 during her term');
  });

  it('gives the bundled United States no sentence for a background, and its facts in full', () => {
    const bundledIndex = indexDictionary(bundled as unknown as Dictionary);
    const us = bundledIndex.entity('united-states')!;
    for (const entity of [us, { ...us, description: '' }]) {
      const lead = leadLine(cardSections(entity, bundledIndex));
      expect(lead.text).toBe(entity.description);
      expect(lead.section?.facts.map((f) => f.text)).toEqual(us.facts.map((f) => f.text));
    }
    // No bundled entity leads with one of its facts, and the ones that lead at all lead with their description.
    for (const e of bundledIndex.dictionary.entities) {
      const text = leadLine(cardSections(e, bundledIndex)).text;
      expect(e.facts.map((f) => f.text)).not.toContain(text);
      if (text) expect(text).toBe(e.description);
    }
  });

  it('takes a short phrase from a description, never a sentence', () => {
    for (const phrase of ['Ukrainian president', 'U.S.-born writer', 'Where Sina Toossi is a senior fellow'])
      expect(backgroundPhrase(phrase)).toBe(phrase);
    expect(backgroundPhrase('English mathematician. She wrote the first program.')).toBe('English mathematician');
    for (const sentence of [
      '',
      'The meeting was a discussion of how to defuse tensions between Iran and the United States.',
      'She built the harbour wall in 1998 and ran the board until 2004.',
      'Brook, who grew up by the harbour',
      'Why the bridge?',
      'word '.repeat(20),
    ])
      expect(backgroundPhrase(sentence)).toBe('');
  });

  it('names a source by publisher and date, else its headline, shortened', () => {
    expect(sourceLabel(story)).toBe('Arden Times, 1 February 2025');
    expect(sourceLabel({ id: 'x', title: 'Untimed' })).toBe('Untimed');
    expect(sourceLabel({ id: 'y', title: 'T', publisher: 'P', published: 'not a date' })).toBe('P');
    expect(sourceLabel({ id: 'z', title: 'A'.repeat(100) }).length).toBe(LABEL_TITLE_LENGTH);
  });

  it('clips a headline without a publisher between words, never inside one', () => {
    const title = 'Harbour board chair opens the long-awaited bridge across the estuary after ten years';
    const label = sourceLabel({ id: 'h', title });
    expect(label).toBe('Harbour board chair opens the long-awaited…');
    expect(label.length).toBeLessThanOrEqual(LABEL_TITLE_LENGTH);
    expect(title.startsWith(`${label.slice(0, -1)} `)).toBe(true);
    expect(sourceLabel({ id: 'd', title, published: '2024-11-19' })).toBe(`${label}, 19 November 2024`);
  });

  it('names the bundled article by its headline, whole, not by a sentence cut short', () => {
    const source = indexDictionary(bundled as unknown as Dictionary).dictionary.sources[0]!;
    expect(sourceLabel(source)).toBe(source.title);
    expect(source.publisher).toBeUndefined();
    expect(source.published).toBeUndefined();
  });
});
