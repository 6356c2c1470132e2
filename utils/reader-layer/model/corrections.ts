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

/** How the reader's corrections act on a dictionary: where each id ends up, and what each surviving entity gets. */
export interface CorrectionPlan {
  /** The entity that finally stands for `id` ("same as" corrections followed). */
  resolve: (id: string) => string;
  /** The corrections touching each surviving entity, in the order they were made. */
  byTarget: Map<string, Correction[]>;
  /** Whether a name is one the reader said is no name. */
  bad: (name: string) => boolean;
  keepHidden: boolean;
}

/** The plan of `corrections` over a dictionary whose entity ids `exists` tells. */
export function correctionPlan(
  corrections: readonly Correction[],
  exists: (id: string) => boolean,
  options: ApplyOptions = {},
): CorrectionPlan {
  const resolve = resolver(corrections, exists);
  const byTarget = new Map<string, Correction[]>();
  for (const c of corrections) {
    const target = resolve(c.entity);
    const list = byTarget.get(target);
    if (list) list.push(c);
    else byTarget.set(target, [c]);
  }
  const badNames = notANameKeys(corrections);
  // Folding every name to its key is most of the work on a large dictionary: done only when some name is no name.
  const bad = badNames.size > 0 ? (name: string) => badNames.has(normaliseName(name)) : () => false;
  return { resolve, byTarget, bad, keepHidden: options.keepHidden ?? false };
}

/**
 * The surviving entity `target` with the entities the reader said are the same as it (`members`, in dictionary
 * order) folded in and its corrections applied; undefined when it is dropped.
 */
export function correctedEntity(target: Entity, members: readonly Entity[], plan: CorrectionPlan): Entity | undefined {
  let entity = target;
  for (const member of members) entity = foldEntity(entity, member);
  let dropped = false;
  for (const c of plan.byTarget.get(target.id) ?? []) {
    if (c.kind === 'wrong-type') entity = { ...entity, type: c.type };
    else if (c.kind === 'not-a-name' || (c.kind === 'hide' && !plan.keepHidden)) dropped = true;
  }
  if (dropped || plan.bad(entity.name)) return undefined;
  const aliases = entity.aliases.filter((a) => !plan.bad(a));
  return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
}

/** `q` pointed at the entities that stand for its speaker and subjects; undefined when none of them is kept. */
export function correctedQuote(
  q: Quote,
  resolve: (id: string) => string,
  kept: (id: string) => boolean,
): Quote | undefined {
  const speakerId = q.speaker === null ? null : resolve(q.speaker);
  const speaker = speakerId !== null && kept(speakerId) ? speakerId : null;
  const about = [...new Set(q.about.map(resolve))].filter(kept);
  if (speaker === null && about.length === 0) return undefined;
  return speaker === q.speaker && about.length === q.about.length ? q : { ...q, speaker, about };
}

/** For each surviving entity of `entities`, the others the reader said are the same as it, in dictionary order. */
export function sameAsMembers(entities: readonly Entity[], resolve: (id: string) => string): Map<string, Entity[]> {
  const members = new Map<string, Entity[]>();
  for (const entity of entities) {
    const target = resolve(entity.id);
    if (target === entity.id) continue;
    const list = members.get(target);
    if (list) list.push(entity);
    else members.set(target, [entity]);
  }
  return members;
}

/** Applies the reader's corrections to `dict`: merges, new types, removed non-names and hidden entities. */
export function applyCorrections(
  dict: Dictionary,
  corrections: readonly Correction[],
  options: ApplyOptions = {},
): Dictionary {
  if (corrections.length === 0) return dict;
  const ids = new Set(dict.entities.map((e) => e.id));
  const plan = correctionPlan(corrections, (id) => ids.has(id), options);
  const members = sameAsMembers(dict.entities, plan.resolve);
  const entities: Entity[] = [];
  const seen = new Set<string>();
  for (const entity of dict.entities) {
    if (plan.resolve(entity.id) !== entity.id || seen.has(entity.id)) continue;
    seen.add(entity.id);
    const corrected = correctedEntity(entity, members.get(entity.id) ?? [], plan);
    if (corrected) entities.push(corrected);
  }
  const kept = new Set(entities.map((e) => e.id));
  const quotes: Quote[] = [];
  for (const q of dict.quotes) {
    const corrected = correctedQuote(q, plan.resolve, (id) => kept.has(id));
    if (corrected) quotes.push(corrected);
  }
  return { ...dict, entities, quotes };
}

/** Adds a correction, replacing an earlier one of the same kind for the same entity. */
export function withCorrection(corrections: readonly Correction[], correction: Correction): Correction[] {
  return [...corrections.filter((c) => !(c.kind === correction.kind && c.entity === correction.entity)), correction];
}
