import { indexEntities, type EntityLookup } from '@/utils/dictionary/lookup';
import type { Dictionary, Entity } from '@/utils/dictionary/schema';
import { combineDictionaries } from '@/utils/reader-layer/model/combine';
import { foldEntity } from '@/utils/reader-layer/model/fold-entity';

/**
 * The entities of `names` with a story's joined in, looked up as in `combineDictionaries(names, story)` without
 * building it: with thousands of learned articles the page's names run to a hundred thousand, and copying them to
 * join a story's few dozen held the page for tens of milliseconds. `base` is the lookup of `names` when the page has
 * it already. The joined dictionary itself is built only when asked for (a card's search of every name).
 */
export function joinedLookup(names: Dictionary, story: Dictionary, base?: EntityLookup): EntityLookup {
  const known = base ?? indexEntities(names);
  const own = new Map(story.entities.map((e) => [e.id, e]));
  const folded = new Map<string, Entity>();
  let joined: Dictionary | undefined;
  return {
    get dictionary() {
      return (joined ??= combineDictionaries(names, story));
    },
    entity(id) {
      const mine = own.get(id);
      const theirs = known.entity(id);
      if (!mine || !theirs) return mine ?? theirs;
      let entity = folded.get(id);
      if (!entity) folded.set(id, (entity = foldEntity(theirs, mine)));
      return entity;
    },
  };
}
