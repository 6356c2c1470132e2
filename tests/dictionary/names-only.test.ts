import { describe, expect, it } from 'vitest';
import bundled from '@/assets/dictionary.json';
import { dictionaryFromRows, nameRows } from '@/utils/dictionary/names-only';
import type { Dictionary } from '@/utils/dictionary/schema';

const dictionary = bundled as unknown as Dictionary;

describe("the bundled dictionary's names, as every page first reads them", () => {
  it('keep every entity with its id, name, type and aliases, and nothing else', () => {
    const names = dictionaryFromRows(JSON.parse(JSON.stringify(nameRows(dictionary))))!;
    expect(names.entities).toEqual(
      dictionary.entities.map(({ id, name, type, aliases }) => ({
        id,
        name,
        type,
        aliases,
        description: '',
        facts: [],
      })),
    );
    expect(names.quotes).toEqual([]);
    expect(names.sources).toEqual([]);
    expect(JSON.stringify(nameRows(dictionary)).length).toBeLessThan(JSON.stringify(dictionary).length / 4);
  });

  it('refuse rows of the wrong shape', () => {
    for (const rows of [
      null,
      {},
      [['a', 'A', 0]],
      [['a', '', 0, []]],
      [['a', 'A', 'person', []]],
      [['a', 'A', 7, []]],
      [['a', 'A', 0, [1]]],
      [[3, 'A', 0, []]],
    ])
      expect(dictionaryFromRows(rows)).toBeNull();
  });

  it('leave out an id that is the slug of the name, and keep any other', () => {
    const two: Dictionary = {
      ...dictionary,
      entities: [
        {
          id: 'corvale-airways',
          name: 'Corvale Airways',
          type: 'organization',
          aliases: [],
          description: '',
          facts: [],
        },
        { id: 'story:ada-brook', name: 'Ada Brook', type: 'person', aliases: ['Brook'], description: '', facts: [] },
      ],
    };
    expect(nameRows(two)).toEqual([
      ['', 'Corvale Airways', 1, []],
      ['story:ada-brook', 'Ada Brook', 0, ['Brook']],
    ]);
    expect(dictionaryFromRows(nameRows(two))!.entities.map((e) => [e.id, e.type])).toEqual([
      ['corvale-airways', 'organization'],
      ['story:ada-brook', 'person'],
    ]);
  });
});
