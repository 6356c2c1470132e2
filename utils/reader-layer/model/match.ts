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

/** An entity's place in its dictionary: candidates are offered in this order. */
interface Placed extends Keyed {
  position: number;
}

/**
 * A match index that can change one entity at a time: each key's entities stay in dictionary order (their
 * `position`), so it offers the same candidates, in the same order, as one built afresh.
 */
export class EntityIndex implements MatchIndex {
  private readonly byKey = new Map<string, Placed[]>();
  private readonly byId = new Map<string, { entity: Entity; keys: string[]; position: number }>();

  /** The entity kept under `id`. */
  entity(id: string): Entity | undefined {
    return this.byId.get(id)?.entity;
  }

  /** Where `id` stands in dictionary order. */
  position(id: string): number | undefined {
    return this.byId.get(id)?.position;
  }

  /** Every entity kept, in dictionary order. */
  entities(): Entity[] {
    return [...this.byId.values()].sort((a, b) => a.position - b.position).map((placed) => placed.entity);
  }

  /** Adds `entity` at `position`, or replaces the one of its id. */
  put(entity: Entity, position: number): void {
    this.remove(entity.id);
    const nameKey = normaliseName(entity.name);
    const keys = entityKeys(entity.name, entity.aliases);
    this.byId.set(entity.id, { entity, keys, position });
    for (const key of keys) {
      const entry = {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        strong: isStrongKey(key, nameKey),
        position,
      };
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [entry]);
      else if (list[list.length - 1]!.position < position) list.push(entry);
      else list.splice(firstAfter(list, position), 0, entry);
    }
  }

  /** Takes out the entity of `id`. */
  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    for (const key of old.keys) {
      const list = this.byKey.get(key)!.filter((e) => e.id !== id);
      if (list.length) this.byKey.set(key, list);
      else this.byKey.delete(key);
    }
  }

  match(entity: Entity): MatchOutcome {
    const nameKey = normaliseName(entity.name);
    const keys = entityKeys(entity.name, entity.aliases);
    const sameId = this.byId.get(entity.id)?.entity;
    if (sameId && sameId.type === entity.type && entityKeys(sameId.name, sameId.aliases).some((k) => keys.includes(k)))
      return { kind: 'join', id: sameId.id, type: sameId.type };
    const found = new Map<string, Keyed & { strongMatch: boolean }>();
    for (const key of keys) {
      const ours = isStrongKey(key, nameKey);
      for (const theirs of this.byKey.get(key) ?? []) {
        if (!ours && !theirs.strong) continue;
        const strongMatch = ours && theirs.strong;
        const prev = found.get(theirs.id);
        if (!prev || (strongMatch && !prev.strongMatch)) found.set(theirs.id, { ...theirs, strongMatch });
      }
    }
    return outcomeOf(entity, [...found.values()]);
  }
}

/** The index of the first entry of `list` (in position order) placed after `position`. */
function firstAfter(list: readonly Placed[], position: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.position <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What the candidates found for `entity` (in dictionary order) make of it. */
function outcomeOf(entity: Entity, all: (Keyed & { strongMatch: boolean })[]): MatchOutcome {
  const same = all.filter((c) => c.type === entity.type);
  const strongSame = same.filter((c) => c.strongMatch);
  const pick = strongSame.length ? strongSame : same;
  const brief = (c: Keyed) => ({ id: c.id, name: c.name, type: c.type });
  if (pick.length === 1) return { kind: 'join', id: pick[0]!.id, type: pick[0]!.type };
  if (pick.length > 1) return { kind: 'pending', reason: 'ambiguous', candidates: pick.map(brief) };
  const clashes = all.filter((c) => c.strongMatch);
  if (clashes.length) return { kind: 'pending', reason: 'type-clash', candidates: clashes.map(brief) };
  return { kind: 'new' };
}

/**
 * Indexes `existing` for matching. A key is strong when it has two words or is an entity's whole name ("Boris
 * Johnson", "Google"); a surname alias ("Johnson" of "Boris Johnson") is weak. Strong-to-strong matches of the
 * same type join; a lone weak match of the same type joins; two or more equally good candidates, or a strong
 * match of another type, become a pending decision. Weak-to-weak matches mean nothing.
 */
export function buildMatchIndex(existing: Dictionary): EntityIndex {
  const index = new EntityIndex();
  existing.entities.forEach((entity, position) => index.put(entity, position));
  return index;
}
