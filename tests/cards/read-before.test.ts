import { describe, expect, it } from 'vitest';
import { readBefore, READ_BEFORE_SHOWN } from '@/utils/cards/read-before';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { Dictionary, Entity, Source } from '@/utils/dictionary/schema';
import { learnedSourceId } from '@/utils/reader-layer/model/source-id';

const learned = (n: number, published?: string): Source => ({
  id: learnedSourceId(`https://news.example/${n}`, `Story ${n}`),
  title: `Story ${n}`,
  url: `https://news.example/${n}`,
  ...(published ? { published } : {}),
});
const read = [learned(1, '2024-01-05'), learned(2, '2024-03-01'), learned(3), learned(4, '2023-12-31'), learned(5)];
const bundledSource: Source = { id: 'founding', title: 'The founding story' };
const ada: Entity = {
  id: 'ada',
  name: 'Ada Brook',
  type: 'person',
  aliases: [],
  description: '',
  facts: [{ text: 'Ran the board.', source: 'founding' }],
  mentionedIn: [read[0]!.id, read[1]!.id, read[2]!.id, 'founding'],
};
const dictionary = (entities: Entity[]): Dictionary => ({
  schemaVersion: 1,
  sources: [bundledSource, ...read],
  entities,
  quotes: [{ id: 'q', text: 'We are ready.', speaker: 'ada', about: [], source: read[3]!.id }],
});

describe('"In N articles you read" on a card', () => {
  it('counts the articles the reader read that name the entity, by mention, fact or quote, not bundled sources', () => {
    const { count, sources } = readBefore(ada, indexDictionary(dictionary([ada])));
    expect(count).toBe(4);
    // Newest first by publication date, undated last, a few only.
    expect(sources.map((s) => s.title)).toEqual(['Story 2', 'Story 1', 'Story 4'].slice(0, READ_BEFORE_SHOWN));
  });

  it('leaves out the story on the page, and says nothing of an entity read of nowhere else', () => {
    const index = indexDictionary(dictionary([ada]));
    expect(readBefore(ada, index, read[1]!.id).count).toBe(3);
    const only = { ...ada, id: 'only', mentionedIn: [read[4]!.id], facts: [] };
    expect(readBefore(only, indexDictionary(dictionary([only])), read[4]!.id)).toEqual({ count: 0, sources: [] });
  });
});
