import { translate } from '../../i18n';
import { LIMITS, type Dictionary, type Quote, type Source } from '../../dictionary/schema';
import { notANameKeys } from './corrections';
import { combinedDictionary } from './effective';
import { LAYER_LIMITS, type Contribution, type PendingDecision, type ReaderLayer } from './layer-schema';
import { buildMatchIndex } from './match';
import { normaliseName, textKey } from './normalise';
import { learnedSourceId } from './source-id';
import { clip, uniqueId } from './ids';

/** Where a learned article came from, as the reader's page showed it. */
export interface ArticleSource {
  url: string;
  title: string;
  publisher?: string;
  published?: string;
}

/** An article's source as dictionaries cite it: its title (or address), address, publisher and date, within limits. */
export function sourceOf(id: string, meta: ArticleSource): Source {
  return {
    id,
    title: clip(meta.title || meta.url, LIMITS.textLength),
    ...(meta.url ? { url: clip(meta.url, LIMITS.urlLength) } : {}),
    ...(meta.publisher ? { publisher: clip(meta.publisher, LIMITS.nameLength) } : {}),
    ...(meta.published ? { published: clip(meta.published, LIMITS.nameLength) } : {}),
  };
}

/** What one merge did, for the popup to tell the reader. */
export interface MergeSummary {
  sourceId: string;
  added: number;
  joined: number;
  pending: number;
  facts: number;
  quotes: number;
  replaced: boolean;
}

/** Thrown when the layer already holds as many learned articles as it keeps. */
export class LayerFullError extends Error {}

/** The layer without the learned source `sourceId` (and its pending decisions). */
export function withoutSource(layer: ReaderLayer, sourceId: string): ReaderLayer {
  return {
    ...layer,
    sources: layer.sources.filter((s) => s.source.id !== sourceId),
    pending: layer.pending.filter((p) => p.source !== sourceId),
  };
}

/**
 * Merges what the builder found in one article (`built`) into the reader's layer, matched against the bundled
 * dictionary and everything learned before. Learning the same URL again replaces its earlier contribution.
 */
export function mergeArticle(
  layer: ReaderLayer,
  built: Dictionary,
  bundled: Dictionary,
  meta: ArticleSource,
): { layer: ReaderLayer; summary: MergeSummary } {
  const sourceId = learnedSourceId(meta.url, meta.title);
  const replaced = layer.sources.some((s) => s.source.id === sourceId);
  const base = withoutSource(layer, sourceId);
  if (base.sources.length >= LAYER_LIMITS.learnedSources)
    throw new LayerFullError(translate('learn.layerFull', [LAYER_LIMITS.learnedSources]));
  const existing = combinedDictionary(bundled, base, { keepHidden: true });
  const index = buildMatchIndex(existing);
  const existingFacts = new Map(existing.entities.map((e) => [e.id, e.facts]));
  const taken = new Set([
    ...bundled.entities.map((e) => e.id),
    ...base.sources.flatMap((s) => s.entities.map((c) => c.id)),
  ]);
  const badNames = notANameKeys(base.corrections);
  const idMap = new Map<string, string>();
  const contributions: Contribution[] = [];
  const pending: PendingDecision[] = [];
  const summary: MergeSummary = { sourceId, added: 0, joined: 0, pending: 0, facts: 0, quotes: 0, replaced };

  for (const entity of built.entities) {
    if (contributions.length >= LAYER_LIMITS.entitiesPerSource) break;
    if (badNames.has(normaliseName(entity.name))) continue;
    const aliases = entity.aliases.filter((a) => !badNames.has(normaliseName(a)));
    const outcome = index.match({ ...entity, aliases });
    const id = outcome.kind === 'join' ? outcome.id : uniqueId(entity.id, taken);
    idMap.set(entity.id, id);
    if (outcome.kind === 'join') summary.joined++;
    else summary.added++;
    if (outcome.kind === 'pending') {
      summary.pending++;
      pending.push({
        id: clip(`${sourceId}:${pending.length}`, LIMITS.idLength),
        source: sourceId,
        entity: id,
        name: entity.name,
        type: entity.type,
        candidates: outcome.candidates.slice(0, LAYER_LIMITS.candidates),
        reason: outcome.reason,
      });
    }
    // A fact the entity already has is stored again in its existing wording: the page shows it once, and it
    // survives if the source that first gave it is removed.
    const known = new Map((existingFacts.get(id) ?? []).map((f) => [textKey(f.text), f.text]));
    const facts: string[] = [];
    for (const fact of entity.facts) {
      if (facts.length >= LAYER_LIMITS.factsPerEntityPerSource) break;
      const key = textKey(fact.text);
      if (!key || facts.includes(known.get(key) ?? '')) continue;
      if (!known.has(key)) summary.facts++;
      const text = known.get(key) ?? clip(fact.text, LAYER_LIMITS.factLength);
      known.set(key, text);
      facts.push(text);
    }
    const type = outcome.kind === 'join' ? outcome.type : entity.type;
    const description = clip(entity.description, LAYER_LIMITS.descriptionLength);
    const same = description ? facts.indexOf(description) : -1;
    contributions.push(
      same < 0
        ? { id, name: entity.name, type, aliases, description, facts }
        : { id, name: entity.name, type, aliases, description: '', descriptionFact: same, facts },
    );
  }

  const knownQuotes = new Map(existing.quotes.map((q) => [textKey(q.text), q.text]));
  const quotes: Quote[] = [];
  for (const q of built.quotes) {
    if (quotes.length >= LAYER_LIMITS.quotesPerSource) break;
    const key = textKey(q.text);
    const speaker = q.speaker === null ? null : (idMap.get(q.speaker) ?? null);
    const about = [...new Set(q.about.flatMap((a) => idMap.get(a) ?? []))];
    if (!key || (speaker === null && about.length === 0)) continue;
    if (!knownQuotes.has(key)) summary.quotes++;
    const text = knownQuotes.get(key) ?? q.text;
    if (quotes.some((other) => other.text === text)) continue;
    knownQuotes.set(key, text);
    quotes.push({ id: `${sourceId}:q${quotes.length}`, text, speaker, about, source: sourceId });
  }

  const source = sourceOf(sourceId, meta);
  const next: ReaderLayer = {
    ...base,
    nextOrder: base.nextOrder + 1,
    sources: [...base.sources, { source, order: base.nextOrder, entities: contributions, quotes }],
    pending: [...base.pending, ...pending].slice(-LAYER_LIMITS.pending),
  };
  return { layer: next, summary };
}
