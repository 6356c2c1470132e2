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
      [['a', 'A', 'person']],
      [['a', '', 'person', []]],
      [['a', 'A', 'dragon', []]],
      [['a', 'A', 'person', [1]]],
    ])
      expect(dictionaryFromRows(rows)).toBeNull();
  });
});
