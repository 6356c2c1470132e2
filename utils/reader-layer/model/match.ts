import type { Dictionary, Entity, EntityType } from '../../dictionary/schema';
import { entityKeys, isStrongKey, normaliseName } from './normalise';

interface Keyed {
  id: string;
  type: EntityType;
  name: string;
  strong: boolean;
}

/** Where a learned entity goes: into an existing entity, a new one, or a new one with a question for the reader. */
export type MatchOutcome =
  | { kind: 'join'; id: string; type: EntityType }
  | { kind: 'new' }
  | {
      kind: 'pending';
      reason: 'type-clash' | 'ambiguous';
      candidates: { id: string; name: string; type: EntityType }[];
    };

/** Name and alias keys of existing entities, built once per merge. */
export interface MatchIndex {
  match(entity: Entity): MatchOutcome;
}

/**
 * Indexes `existing` for matching. A key is strong when it has two words or is an entity's whole name ("Boris
 * Johnson", "Google"); a surname alias ("Johnson" of "Boris Johnson") is weak. Strong-to-strong matches of the
 * same type join; a lone weak match of the same type joins; two or more equally good candidates, or a strong
 * match of another type, become a pending decision. Weak-to-weak matches mean nothing.
 */
export function buildMatchIndex(existing: Dictionary): MatchIndex {
  const byKey = new Map<string, Keyed[]>();
  const byId = new Map(existing.entities.map((e) => [e.id, e]));
  for (const e of existing.entities) {
    const nameKey = normaliseName(e.name);
    for (const key of entityKeys(e.name, e.aliases)) {
      const entry = { id: e.id, type: e.type, name: e.name, strong: isStrongKey(key, nameKey) };
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
  }

  return {
    match(entity) {
      const nameKey = normaliseName(entity.name);
      const keys = entityKeys(entity.name, entity.aliases);
      const sameId = byId.get(entity.id);
      if (
        sameId &&
        sameId.type === entity.type &&
        entityKeys(sameId.name, sameId.aliases).some((k) => keys.includes(k))
      )
        return { kind: 'join', id: sameId.id, type: sameId.type };
      const found = new Map<string, Keyed & { strongMatch: boolean }>();
      for (const key of keys) {
        const ours = isStrongKey(key, nameKey);
        for (const theirs of byKey.get(key) ?? []) {
          if (!ours && !theirs.strong) continue;
          const strongMatch = ours && theirs.strong;
          const prev = found.get(theirs.id);
          if (!prev || (strongMatch && !prev.strongMatch)) found.set(theirs.id, { ...theirs, strongMatch });
        }
      }
      const all = [...found.values()];
      const same = all.filter((c) => c.type === entity.type);
      const strongSame = same.filter((c) => c.strongMatch);
      const pick = strongSame.length ? strongSame : same;
      const brief = (c: Keyed) => ({ id: c.id, name: c.name, type: c.type });
      if (pick.length === 1) return { kind: 'join', id: pick[0]!.id, type: pick[0]!.type };
      if (pick.length > 1) return { kind: 'pending', reason: 'ambiguous', candidates: pick.map(brief) };
      const clashes = all.filter((c) => c.strongMatch);
      if (clashes.length) return { kind: 'pending', reason: 'type-clash', candidates: clashes.map(brief) };
      return { kind: 'new' };
    },
  };
}
