import { translate } from '../../i18n';
import { LIMITS, type Dictionary, type Source } from '../../dictionary/schema';
import { notANameKeys } from './corrections';
import { clip } from './ids';
import { LAYER_LIMITS, type LearnedSource, type ReaderLayer } from './layer-schema';
import { learnEntities } from './learned-entities';
import { learnedQuotes } from './learned-quotes';
import { MergeBase } from './merge-base';
import { articleTextKey, learnedSourceId } from './source-id';

/** Where a learned article came from, as the reader's page showed it. */
export interface ArticleSource {
  url: string;
  title: string;
  publisher?: string;
  published?: string;
  /** The article's text, when the page gave it: kept as a key (articleTextKey), so a copy elsewhere is known. */
  text?: string;
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

/** A merged article: the new layer, what the merge did, and the merge base of the new layer when it could be kept. */
export interface MergedArticle {
  layer: ReaderLayer;
  summary: MergeSummary;
  base?: MergeBase;
}

/**
 * Merges what the builder found in one article (`built`) into the reader's layer, matched against the bundled
 * dictionary and everything learned before. Learning the same URL again replaces its earlier contribution.
 * `learnedAt` (now, unless a test says otherwise) lets the reader forget what was learned in the last hour or day.
 * `kept`, the merge base of `layer` from the merge before (or of a layer `layer` only takes learned articles out of),
 * spares folding every learned article again; without it, or when it describes another layer, they are folded afresh.
 */
export function mergeArticle(
  layer: ReaderLayer,
  built: Dictionary,
  bundled: Dictionary,
  meta: ArticleSource,
  learnedAt = Date.now(),
  kept?: MergeBase,
): MergedArticle {
  const sourceId = learnedSourceId(meta.url, meta.title);
  const replaced = layer.sources.some((s) => s.source.id === sourceId);
  const base = withoutSource(layer, sourceId);
  if (base.sources.length >= LAYER_LIMITS.learnedSources)
    throw new LayerFullError(translate('learn.layerFull', [LAYER_LIMITS.learnedSources]));
  const matching = kept?.follow(base, bundled) ? kept : MergeBase.build(bundled, base);
  const learned = learnEntities(built.entities, {
    sourceId,
    index: matching.index,
    factsOf: (id) => matching.factsOf(id),
    taken: matching.takenIds(),
    badNames: notANameKeys(base.corrections),
  });
  const { quotes, added } = learnedQuotes(
    built.quotes,
    (key) => matching.knownQuote(key),
    sourceId,
    (id) => learned.idMap.get(id),
  );
  const source: LearnedSource = {
    source: sourceOf(sourceId, meta),
    order: base.nextOrder,
    learnedAt,
    ...(meta.text ? { textKey: articleTextKey(meta.text) } : {}),
    entities: learned.contributions,
    quotes,
  };
  const next: ReaderLayer = {
    ...base,
    nextOrder: base.nextOrder + 1,
    sources: [...base.sources, source],
    pending: [...base.pending, ...learned.pending].slice(-LAYER_LIMITS.pending),
  };
  const { added: entities, joined, pending, facts } = learned;
  return {
    layer: next,
    summary: { sourceId, added: entities, joined, pending: pending.length, facts, quotes: added, replaced },
    ...(matching.advance(next, source) ? { base: matching } : {}),
  };
}
