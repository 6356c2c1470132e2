import { describe, expect, it } from 'vitest';
import { splitByStory } from '@/entrypoints/popup/story-list';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { Dictionary, Entity, Source } from '@/utils/dictionary/schema';
import type { TabStory } from '@/utils/learn/tab-story';
import type { PageEntity } from '@/utils/messaging';

const person = (id: string, name: string): Entity => ({
  id,
  name,
  type: 'person',
  aliases: [],
  description: '',
  facts: [],
});
const source: Source = { id: 'learned-open', title: 'The open story' };
const dictionary = (entities: Entity[]): Dictionary => ({ schemaVersion: 1, sources: [source], entities, quotes: [] });
const onPage: PageEntity[] = [
  { id: 'ada', name: 'Ada Brook', type: 'person', count: 9 },
  { id: 'ben', name: 'Ben Ode', type: 'person', count: 2 },
  { id: 'cy', name: 'Cy Lamb', type: 'person', count: 5 },
  { id: 'dee', name: 'Dee Ray', type: 'person', count: 1 },
];
const readBefore = (counts: Record<string, number>) => (id: string) => counts[id] ?? 0;

describe("the popup's lists: names met before first", () => {
  const all = onPage.map((e) => person(e.id, e.name));
  const index = indexDictionary(dictionary(all));
  const story: TabStory = {
    url: 'https://news.example/open',
    source,
    location: null,
    dictionary: dictionary(all.slice(0, 3)),
    storyOnly: [],
    capped: false,
  };

  it("puts the story's names met in articles read before first, then the most mentioned", () => {
    const { inStory, others } = splitByStory(onPage, story, index, () => undefined, readBefore({ ben: 1, cy: 3 }));
    expect(inStory.map((e) => e.id)).toEqual(['cy', 'ben', 'ada']);
    expect(inStory.map((e) => e.readBefore)).toEqual([3, 1, undefined]);
    expect(others.map((e) => e.id)).toEqual(['dee']);
  });

  it('keeps the order of prominence when no name was met before', () => {
    const { inStory } = splitByStory(onPage, story, index, () => undefined);
    expect(inStory.map((e) => e.id)).toEqual(['ada', 'cy', 'ben']);
    expect(inStory.every((e) => e.readBefore === undefined)).toBe(true);
  });

  it('marks the names met before on a page with no story, for the grouped list to order', () => {
    const { inStory, others } = splitByStory(onPage, null, index, () => undefined, readBefore({ dee: 2 }));
    expect(inStory).toEqual([]);
    expect(others.map((e) => [e.id, e.readBefore])).toEqual([
      ['ada', undefined],
      ['ben', undefined],
      ['cy', undefined],
      ['dee', 2],
    ]);
  });

  it("keeps a name the story alone gave in the story's list once the story is remembered under the name's own id", () => {
    const told = { ...person('story:eve', 'Eve Nu'), description: 'A pilot' };
    const other = person('story:zed', 'Zed Old');
    const remembered: TabStory = {
      ...story,
      dictionary: dictionary([...all.slice(0, 3), told, other]),
      storyOnly: ['story:eve', 'story:zed'],
    };
    const page: PageEntity[] = [
      ...onPage,
      { id: 'eve', name: 'Eve Nu', type: 'person', count: 3 },
      // The same id without the prefix but another name is someone else.
      { id: 'zed', name: 'Zed New', type: 'person', count: 1 },
    ];
    const { inStory, others } = splitByStory(page, remembered, index, () => undefined);
    expect(inStory.map((e) => e.id)).toEqual(['ada', 'cy', 'eve', 'ben']);
    expect(inStory.find((e) => e.id === 'eve')?.description).toBe('A pilot');
    expect(others.map((e) => e.id)).toEqual(['dee', 'zed']);
  });
});
