import type { Dictionary, Source } from '../../dictionary/schema';
import type { LayerOutline } from './layer-outline';
import type { ReaderLayer } from './layer-schema';

/** One row of the sources list: the source, whether the reader learned it, and what it holds now (once counted). */
export interface SourceRow {
  id: string;
  title: string;
  url?: string;
  publisher?: string;
  published?: string;
  learned: boolean;
  entities?: number;
  facts?: number;
  quotes?: number;
}

/**
 * The sources list from the layer's outline alone, before anything is counted: learned sources newest-learned first,
 * then the bundled ones, in the order `sourceRows` gives them.
 */
export function outlineRows(outline: LayerOutline, bundledSources: readonly Source[]): SourceRow[] {
  const learned = [...outline.sources]
    .sort((a, b) => b.order - a.order)
    .map(({ source }) => ({ ...source, learned: true }));
  const learnedIds = new Set(learned.map((s) => s.id));
  return [...learned, ...bundledSources.filter((s) => !learnedIds.has(s.id)).map((s) => ({ ...s, learned: false }))];
}

/**
 * Counts, per source of the effective dictionary, the entities it names (by `mentionedIn`, facts and quotes), the
 * facts and the quotes it gives, as the reader currently sees them; learned sources newest-learned first.
 */
export function sourceRows(effective: Dictionary, layer: ReaderLayer): SourceRow[] {
  const learned = new Map(layer.sources.map((s) => [s.source.id, s.order]));
  const named = new Map(effective.sources.map((s) => [s.id, new Set<string>()]));
  const facts = new Map<string, number>();
  const quotes = new Map<string, number>();
  for (const e of effective.entities) {
    for (const s of e.mentionedIn ?? []) named.get(s)?.add(e.id);
    for (const f of e.facts) {
      named.get(f.source)?.add(e.id);
      facts.set(f.source, (facts.get(f.source) ?? 0) + 1);
    }
  }
  for (const q of effective.quotes) {
    quotes.set(q.source, (quotes.get(q.source) ?? 0) + 1);
    for (const id of [q.speaker, ...q.about]) if (id) named.get(q.source)?.add(id);
  }
  const rows = effective.sources.map((s) => ({
    ...s,
    learned: learned.has(s.id),
    entities: named.get(s.id)?.size ?? 0,
    facts: facts.get(s.id) ?? 0,
    quotes: quotes.get(s.id) ?? 0,
  }));
  const rank = (r: SourceRow) => learned.get(r.id) ?? -1;
  return rows.sort((a, b) => rank(b) - rank(a));
}
