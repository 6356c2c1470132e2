import { i18n } from '#i18n';
import type { EntityType } from '../../dictionary/schema';
import type { ReaderLayer } from './layer-schema';

/** Moves every learned contribution of `from` onto `to` (with `to`'s type), in every source, quotes included. */
function reassign(layer: ReaderLayer, from: string, to: string, type: EntityType): ReaderLayer {
  const swap = (id: string) => (id === from ? to : id);
  return {
    ...layer,
    sources: layer.sources.map((s) => ({
      ...s,
      entities: s.entities.map((c) => (c.id === from ? { ...c, id: to, type } : c)),
      quotes: s.quotes.map((q) =>
        q.speaker === from || q.about.includes(from)
          ? { ...q, speaker: q.speaker === null ? null : swap(q.speaker), about: [...new Set(q.about.map(swap))] }
          : q,
      ),
    })),
  };
}

/** The reader says the learned entity is candidate `candidateId`: it joins that entity and the question goes. */
export function acceptPending(layer: ReaderLayer, pendingId: string, candidateId: string): ReaderLayer {
  const decision = layer.pending.find((p) => p.id === pendingId);
  const candidate = decision?.candidates.find((c) => c.id === candidateId);
  if (!decision || !candidate) throw new Error(i18n.t('dictionary.decisionClosed'));
  const next = reassign(layer, decision.entity, candidate.id, candidate.type);
  return {
    ...next,
    pending: next.pending
      .filter((p) => p.id !== pendingId)
      .map((p) => ({ ...p, candidates: p.candidates.filter((c) => c.id !== decision.entity) }))
      .filter((p) => p.candidates.length > 0),
  };
}

/** The reader says the learned entity is someone else: it stays its own entity and the question goes. */
export function rejectPending(layer: ReaderLayer, pendingId: string): ReaderLayer {
  if (!layer.pending.some((p) => p.id === pendingId)) throw new Error(i18n.t('dictionary.decisionClosed'));
  return { ...layer, pending: layer.pending.filter((p) => p.id !== pendingId) };
}
