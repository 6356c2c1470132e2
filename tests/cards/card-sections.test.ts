import { describe, expect, it } from 'vitest';
import { cardSections, leadLine, sourceLabel } from '@/utils/cards/card-sections';
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

  it('leads with this story’s fact when the story gives no description', () => {
    const bare = { ...storyWords, entities: [{ ...storyWords.entities[0]!, description: '' }] };
    const lead = leadLine(cardSections(brook, index, bare));
    expect(lead.text).toBe('Brook opened the bridge.');
    expect(lead.section?.inStory).toBe(true);
  });

  it('names a source by publisher and date, else its title, shortened', () => {
    expect(sourceLabel(story)).toBe('Arden Times, 1 February 2025');
    expect(sourceLabel({ id: 'x', title: 'Untimed' })).toBe('Untimed');
    expect(sourceLabel({ id: 'y', title: 'T', publisher: 'P', published: 'not a date' })).toBe('P');
    expect(sourceLabel({ id: 'z', title: 'A'.repeat(100) }).length).toBe(48);
  });
});
