import type { Entity, EntityType, Fact } from '../../dictionary/schema';
import { clip, uniqueId } from './ids';
import { LAYER_LIMITS, type Contribution, type PendingDecision } from './layer-schema';
import { learnedFacts } from './learned-facts';
import type { MatchIndex } from './match';
import { normaliseName } from './normalise';
import { pendingDecision } from './pending-decision';

/** What the layer already holds, for matching an article's entities against. */
export interface LearnBase {
  sourceId: string;
  /** The names of the bundled dictionary and the kept learned sources combined, hidden entities included. */
  index: MatchIndex;
  /** The facts that combined dictionary holds for an entity. */
  factsOf: (id: string) => readonly Fact[] | undefined;
  /** Entity ids already given out; grows as new ones are. */
  taken: Set<string>;
  /** Names the reader said are not names. */
  badNames: Set<string>;
}

/** An article's entities as one learned source keeps them, with the reader's open questions and the counts. */
export interface LearnedEntities {
  contributions: Contribution[];
  pending: PendingDecision[];
  /** The layer id each of the article's entity ids became. */
  idMap: Map<string, string>;
  added: number;
  joined: number;
  /** Facts not known before. */
  facts: number;
}

/** An entity's contribution; a description that is one of its facts is kept as a pointer to that fact. */
function contributionOf(
  entity: Entity,
  id: string,
  type: EntityType,
  aliases: string[],
  facts: string[],
): Contribution {
  const description = clip(entity.description, LAYER_LIMITS.descriptionLength);
  const same = description ? facts.indexOf(description) : -1;
  return same < 0
    ? { id, name: entity.name, type, aliases, description, facts }
    : { id, name: entity.name, type, aliases, description: '', descriptionFact: same, facts };
}

/**
 * Matches an article's entities against the layer: each joins an entity, gets a new id, or gets a new id with a
 * question for the reader; names (and aliases) the reader said are not names stay out.
 */
export function learnEntities(entities: readonly Entity[], base: LearnBase): LearnedEntities {
  const { sourceId, index, factsOf, taken, badNames } = base;
  const learned: LearnedEntities = { contributions: [], pending: [], idMap: new Map(), added: 0, joined: 0, facts: 0 };
  for (const entity of entities) {
    if (learned.contributions.length >= LAYER_LIMITS.entitiesPerSource) break;
    if (badNames.has(normaliseName(entity.name))) continue;
    const aliases = entity.aliases.filter((a) => !badNames.has(normaliseName(a)));
    const outcome = index.match({ ...entity, aliases });
    const id = outcome.kind === 'join' ? outcome.id : uniqueId(entity.id, taken);
    learned.idMap.set(entity.id, id);
    if (outcome.kind === 'join') learned.joined++;
    else learned.added++;
    if (outcome.kind === 'pending')
      learned.pending.push(pendingDecision(`${sourceId}:${learned.pending.length}`, sourceId, id, entity, outcome));
    const { facts, added } = learnedFacts(entity.facts, factsOf(id) ?? []);
    learned.facts += added;
    const type = outcome.kind === 'join' ? outcome.type : entity.type;
    learned.contributions.push(contributionOf(entity, id, type, aliases, facts));
  }
  return learned;
}
