import { describe, expect, it, vi } from 'vitest';
import { joinedLookup } from '@/entrypoints/read-along-chunk/joined-lookup';
import { indexEntities } from '@/utils/dictionary/lookup';
import type { Dictionary, Entity } from '@/utils/dictionary/schema';
import { combineDictionaries } from '@/utils/reader-layer/model/combine';
import * as combine from '@/utils/reader-layer/model/combine';

const entity = (id: string, name: string, aliases: string[] = [], description = ''): Entity => ({
  id,
  name,
  type: 'person',
  aliases,
  description,
  facts: [],
});
const dictionary = (entities: Entity[]): Dictionary => ({ schemaVersion: 1, sources: [], quotes: [], entities });

const page = dictionary([
  entity('ada-brook', 'Ada Brook', ['Brook'], 'Harbour master'),
  entity('lorne', 'Lorne'),
  entity('tomas-varga', 'Tomas Varga'),
]);
const story = dictionary([entity('ada-brook', 'Ada Brook', ['Ms. Brook']), entity('ines-moreau', 'Ines Moreau')]);

describe('a page’s names with a story’s joined in, looked up without joining them', () => {
  it('finds every entity as the joined dictionary has it', () => {
    const lookup = joinedLookup(page, story);
    const joined = indexEntities(combineDictionaries(page, story));
    for (const id of ['ada-brook', 'lorne', 'tomas-varga', 'ines-moreau', 'nobody'])
      expect(lookup.entity(id)).toEqual(joined.entity(id));
    expect(lookup.entity('ada-brook')?.aliases).toEqual(['Brook', 'Ms. Brook']);
  });

  it('uses the page’s own lookup when given one, and joins the dictionaries only when asked', () => {
    const spy = vi.spyOn(combine, 'combineDictionaries');
    const base = indexEntities(page);
    const asked = vi.spyOn(base, 'entity');
    const lookup = joinedLookup(page, story, base);
    expect(lookup.entity('lorne')?.name).toBe('Lorne');
    expect(asked).toHaveBeenCalledWith('lorne');
    expect(spy).not.toHaveBeenCalled();
    const joined = lookup.dictionary;
    expect(lookup.dictionary).toBe(joined);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(joined).toEqual(combineDictionaries(page, story));
  });

  it('hands back the same joined entity each time it is asked', () => {
    const lookup = joinedLookup(page, story);
    expect(lookup.entity('ada-brook')).toBe(lookup.entity('ada-brook'));
  });
});
