import { LIMITS, type Entity } from '../../dictionary/schema';
import { clip } from './ids';
import { LAYER_LIMITS, type PendingDecision } from './layer-schema';
import type { MatchOutcome } from './match';

/** The question put to the reader when an incoming entity (now `entityId` in the layer) may be one they have. */
export function pendingDecision(
  id: string,
  source: string,
  entityId: string,
  incoming: Pick<Entity, 'name' | 'type'>,
  outcome: Extract<MatchOutcome, { kind: 'pending' }>,
): PendingDecision {
  return {
    id: clip(id, LIMITS.idLength),
    source,
    entity: entityId,
    name: incoming.name,
    type: incoming.type,
    candidates: outcome.candidates.slice(0, LAYER_LIMITS.candidates),
    reason: outcome.reason,
  };
}
