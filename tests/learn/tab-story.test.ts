import { describe, expect, it } from 'vitest';
import type { Dictionary, Entity } from '@/utils/dictionary/schema';
import type { StoryRead } from '@/utils/learn/read-story';
import { withStory } from '@/utils/learn/story-cards';
import { storyNames, tabStory } from '@/utils/learn/tab-story';

const entity = (id: string, name: string, type: Entity['type'], aliases: string[] = [], description = ''): Entity => ({
  id,
  name,
  type,
  aliases,
  description,
  facts: [],
});

const known: Dictionary = {
  schemaVersion: 1,
  sources: [{ id: 'founding', title: 'An older story' }],
  entities: [entity('ada-brook', 'Ada Brook', 'person', ['Brook'], 'An older role')],
  quotes: [],
};

const read: StoryRead = {
  article: { url: 'https://news.example/bridge', title: 'Bridge opens', text: '…', publisher: 'Arden Times' },
  location: { path: [1, 0], probe: 'Bridge opens' },
  dictionary: {
    schemaVersion: 1,
    sources: [{ id: 'a1', title: 'Bridge opens' }],
    entities: [
      {
        ...entity('ada-brook', 'Ada Brook', 'person', ['Brook'], 'mayor of Arden'),
        facts: [{ text: 'Brook opened it.', source: 'a1' }],
      },
      entity('tomas-varga', 'Tomas Varga', 'person', ['Varga'], 'city engineer'),
      entity('brook', 'Brook', 'person'),
    ],
    quotes: [{ id: 'q', text: 'It is open', speaker: 'tomas-varga', about: ['ada-brook'], source: 'a1' }],
  },
};

describe('tabStory', () => {
  it('keeps the id of a name already known, gives new names ids of their own, and cites the story', () => {
    const story = tabStory(read, known);
    const ids = story.dictionary.entities.map((e) => e.id);
    expect(ids[0]).toBe('ada-brook');
    expect(ids).toContain('story:tomas-varga');
    // "Brook" alone is the known Ada Brook: one card, not two.
    expect(ids.filter((id) => id === 'ada-brook')).toHaveLength(1);
    expect(story.storyOnly).toEqual(['story:tomas-varga']);
    expect(story.source).toMatchObject({
      title: 'Bridge opens',
      publisher: 'Arden Times',
      url: 'https://news.example/bridge',
    });
    expect(story.dictionary.entities[0]!.facts[0]!.source).toBe(story.source.id);
    expect(story.dictionary.quotes[0]).toMatchObject({ speaker: 'story:tomas-varga', about: ['ada-brook'] });
    // Types go by their place in the list of types; an id that is not the slug of the name is kept.
    expect(storyNames(story).rows[1]).toEqual(['story:tomas-varga', 'Tomas Varga', 0, ['Varga']]);
  });

  it('adds what the story says to card bundles: the story’s own entities and quotes first', () => {
    const story = tabStory(read, known);
    const bundle = withStory({ entities: [known.entities[0]!], quotes: [], sources: known.sources }, story, [
      'ada-brook',
    ]);
    expect(bundle.story?.source.id).toBe(story.source.id);
    expect(bundle.story?.entities.map((e) => e.description)).toEqual(['mayor of Arden']);
    // The bundle's own entity (another source's description) stays as it was, and the speaker gets a name.
    expect(bundle.entities.find((e) => e.id === 'ada-brook')!.description).toBe('An older role');
    expect(bundle.entities.map((e) => e.id)).toContain('story:tomas-varga');
    expect(bundle.quotes[0]!.text).toBe('It is open');
    expect(bundle.sources[0]!.id).toBe(story.source.id);
    // A story-only name has its only entity in the story.
    const only = withStory({ entities: [], quotes: [], sources: [] }, story, ['story:tomas-varga']);
    expect(only.entities.map((e) => e.id)).toContain('story:tomas-varga');
  });
});

describe('a story remembered while its tab is open', () => {
  it('finds the names it alone gave under the ids the reader’s layer gave them, with their quotes', () => {
    const story = tabStory(read, known);
    // Remembered, Tomas Varga is the reader's own under the builder's id, and the page marks him by it.
    const learned = { ...entity('tomas-varga', 'Tomas Varga', 'person', ['Varga']), facts: [] };
    const bundle = withStory({ entities: [learned], quotes: [], sources: [] }, story, ['tomas-varga']);
    expect(bundle.story?.entities.map((e) => [e.id, e.description])).toEqual([['tomas-varga', 'city engineer']]);
    expect(bundle.quotes.map((q) => [q.speaker, q.about])).toEqual([['tomas-varga', ['ada-brook']]]);
    expect(bundle.entities.map((e) => e.id)).toEqual(['tomas-varga']);
    // Someone else under that id (another name) is not the story's.
    const other = { ...learned, name: 'Tomas Vargas' };
    expect(withStory({ entities: [other], quotes: [], sources: [] }, story, ['tomas-varga']).story).toBeUndefined();
  });
});

describe('tabStory and names run together', () => {
  it('drops a name that runs a known name together with another ("X and Y")', () => {
    const joined: StoryRead = {
      ...read,
      dictionary: {
        ...read.dictionary,
        entities: [
          entity('run', 'Ada Brook and Harbour Board', 'organization', ['Harbour Board']),
          entity('board', 'Harbour Board', 'organization', ['Ada Brook & Harbour Board']),
        ],
        quotes: [],
      },
    };
    const story = tabStory(joined, known);
    expect(story.dictionary.entities.map((e) => e.name)).toEqual(['Harbour Board']);
    expect(story.dictionary.entities[0]!.aliases).toEqual([]);
  });
});
