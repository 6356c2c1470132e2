import type { Correction, Dictionary, Entity, Quote } from '../../dictionary/schema';
import { foldEntity } from './fold-entity';
import { normaliseName } from './normalise';

/** How far corrections go: matching new articles must still see hidden entities, or hiding would not stick. */
export interface ApplyOptions {
  keepHidden?: boolean;
}

/** Follows "same as" corrections to the entity that finally stands for `id`; a correction closing a loop is ignored. */
function resolver(corrections: readonly Correction[], exists: (id: string) => boolean): (id: string) => string {
  const next = new Map<string, string>();
  const resolve = (id: string) => {
    let current = id;
    for (let step = next.get(current); step !== undefined; step = next.get(current)) current = step;
    return current;
  };
  for (const c of corrections)
    if (c.kind === 'same-as' && !next.has(c.entity) && exists(c.target) && resolve(c.target) !== c.entity)
      next.set(c.entity, c.target);
  return resolve;
}

/** The normalised names the reader marked "not a name": learning drops them too. */
export function notANameKeys(corrections: readonly Correction[]): Set<string> {
  return new Set(corrections.filter((c) => c.kind === 'not-a-name').map((c) => normaliseName(c.name)));
}

/** Applies the reader's corrections to `dict`: merges, new types, removed non-names and hidden entities. */
export function applyCorrections(
  dict: Dictionary,
  corrections: readonly Correction[],
  options: ApplyOptions = {},
): Dictionary {
  if (corrections.length === 0) return dict;
  const byId = new Map(dict.entities.map((e) => [e.id, e]));
  const resolve = resolver(corrections, (id) => byId.has(id));
  const result = new Map<string, Entity>();
  for (const entity of dict.entities) {
    const target = resolve(entity.id);
    if (target === entity.id) result.set(entity.id, result.get(entity.id) ?? entity);
  }
  for (const entity of dict.entities) {
    const target = resolve(entity.id);
    if (target !== entity.id) result.set(target, foldEntity(result.get(target)!, entity));
  }
  const dropped = new Set<string>();
  const badNames = notANameKeys(corrections);
  for (const c of corrections) {
    const id = resolve(c.entity);
    const entity = result.get(id);
    if (!entity) continue;
    if (c.kind === 'wrong-type') result.set(id, { ...entity, type: c.type });
    else if (c.kind === 'not-a-name' || (c.kind === 'hide' && !options.keepHidden)) dropped.add(id);
  }
  const entities: Entity[] = [];
  // Folding every name to its key is most of the work on a large dictionary: done only when some name is no name.
  const bad = badNames.size > 0 ? (name: string) => badNames.has(normaliseName(name)) : () => false;
  for (const entity of result.values()) {
    if (dropped.has(entity.id) || bad(entity.name)) continue;
    const aliases = entity.aliases.filter((a) => !bad(a));
    entities.push(aliases.length === entity.aliases.length ? entity : { ...entity, aliases });
  }
  const kept = new Set(entities.map((e) => e.id));
  const quotes: Quote[] = [];
  for (const q of dict.quotes) {
    const speakerId = q.speaker === null ? null : resolve(q.speaker);
    const speaker = speakerId !== null && kept.has(speakerId) ? speakerId : null;
    const about = [...new Set(q.about.map(resolve))].filter((a) => kept.has(a));
    if (speaker === null && about.length === 0) continue;
    quotes.push(speaker === q.speaker && about.length === q.about.length ? q : { ...q, speaker, about });
  }
  return { ...dict, entities, quotes };
}

/** Adds a correction, replacing an earlier one of the same kind for the same entity. */
export function withCorrection(corrections: readonly Correction[], correction: Correction): Correction[] {
  return [...corrections.filter((c) => !(c.kind === correction.kind && c.entity === correction.entity)), correction];
}
