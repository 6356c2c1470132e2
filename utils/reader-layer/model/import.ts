import { i18n } from '#i18n';
import {
  LIMITS,
  type Dictionary,
  type Entity,
  type LearnedMention,
  type Quote,
  type Source,
} from '../../dictionary/schema';
import { validateDictionary } from '../../dictionary/validate';
import { notANameKeys, withCorrection } from './corrections';
import { combinedDictionary } from './effective';
import { clip, takenIds, uniqueId } from './ids';
import { checkJsonBounds } from './json-guard';
import {
  LAYER_LIMITS,
  readerLayerSchema,
  type LearnedSource,
  type PendingDecision,
  type ReaderLayer,
} from './layer-schema';
import { buildMatchIndex } from './match';
import { normaliseName, textKey } from './normalise';
import { pendingDecision } from './pending-decision';
import { layerQuoteRefs } from './quote-refs';
import { learnedSourceId } from './source-id';

/** What an import did, or why it was refused. */
export type ImportResult =
  | { ok: true; layer: ReaderLayer; sources: number; replaced: number; entities: number; pending: number }
  | { ok: false; error: string };

/** Entity ids of `dict` mentioned by each source: by `mentionedIn`, facts, and quotes. */
function mentionsBySource(dict: Dictionary): Map<string, Set<string>> {
  const map = new Map(dict.sources.map((s) => [s.id, new Set<string>()]));
  for (const e of dict.entities) {
    for (const s of e.mentionedIn ?? []) map.get(s)?.add(e.id);
    for (const f of e.facts) map.get(f.source)?.add(e.id);
  }
  for (const q of dict.quotes) for (const id of [q.speaker, ...q.about]) if (id) map.get(q.source)?.add(id);
  return map;
}

/** The file's sources with the entity ids each mentions, and for each entity the first source mentioning it. */
interface FileSources {
  sources: Source[];
  mentions: Map<string, Set<string>>;
  mentioned: Map<string, string>;
}

/** The file's sources, plus one standing for the file itself when some names have no source in it. */
function sourcesWithOrphans(file: Dictionary, label: string): FileSources {
  const mentions = mentionsBySource(file);
  const sources = [...file.sources];
  const mentioned = new Map<string, string>();
  for (const [sourceId, ids] of mentions) for (const id of ids) if (!mentioned.has(id)) mentioned.set(id, sourceId);
  const orphans = file.entities.filter((e) => !mentioned.has(e.id));
  if (orphans.length) {
    // Names the file gives no source for still come in, under a source standing for the file itself.
    const orphanSource = {
      id: uniqueId('imported-names', new Set(file.sources.map((s) => s.id))),
      title: i18n.t('dictionary.importedTitle', [label]),
    };
    sources.push(orphanSource);
    mentions.set(orphanSource.id, new Set(orphans.map((e) => e.id)));
    for (const e of orphans) mentioned.set(e.id, orphanSource.id);
  }
  return { sources, mentions, mentioned };
}

/** The learned source id each of the file's sources gets. */
function learnedIds(sources: Source[], label: string): { newIds: Map<string, string>; incoming: Set<string> } {
  // The same page (by URL) keeps its id, so importing a backup replaces rather than doubles; two sources of the
  // file with one URL still get an id each.
  const newIds = new Map<string, string>();
  const incoming = new Set<string>();
  for (const s of sources) {
    let id = learnedSourceId(s.url ?? '', `${label}:${s.id}:${s.title}`);
    if (incoming.has(id)) id = learnedSourceId('', `${label}:${s.id}:${s.url ?? ''}`);
    newIds.set(s.id, id);
    incoming.add(id);
  }
  return { newIds, incoming };
}

/** A file entity as it comes in: the id it takes in the layer (an existing one when it joins) and its entity. */
type Target = Map<string, { id: string; entity: Entity }>;

/**
 * Matches the file's entities against what the reader already has: each joins an entity, gets a new id, or waits
 * for the reader's decision; names the corrections say are not names stay out.
 */
function matchEntities(
  file: Dictionary,
  existing: Dictionary,
  taken: Set<string>,
  badNames: Set<string>,
  sourceOf: (entityId: string) => string,
): { target: Target; pending: PendingDecision[] } {
  const index = buildMatchIndex(existing);
  const target: Target = new Map();
  const pending: PendingDecision[] = [];
  for (const entity of file.entities) {
    if (badNames.has(normaliseName(entity.name))) continue;
    const outcome = index.match(entity);
    const id = outcome.kind === 'join' ? outcome.id : uniqueId(entity.id, taken);
    const type = outcome.kind === 'join' ? outcome.type : entity.type;
    target.set(entity.id, { id, entity: { ...entity, type } });
    if (outcome.kind === 'pending')
      pending.push(pendingDecision(`import:${pending.length}:${id}`, sourceOf(entity.id), id, entity, outcome));
  }
  return { target, pending };
}

/**
 * The entities source `s` of the file mentions, as the learned source keeps them: its facts only, clipped, and the
 * name, aliases and description this article gave where the file keeps them (`said`, a reader's export), else the
 * file's entity's.
 */
function sourceEntities(
  s: Source,
  ids: Iterable<string>,
  target: Target,
  badNames: Set<string>,
  said?: ReadonlyMap<string, LearnedMention>,
) {
  return [...ids].flatMap((eid) => {
    const t = target.get(eid);
    if (!t) return [];
    const { name, aliases: given, description } = said?.get(eid) ?? t.entity;
    if (badNames.has(normaliseName(name))) return [];
    const facts = t.entity.facts.filter((f) => f.source === s.id).slice(0, LAYER_LIMITS.factsPerEntityPerSource);
    const aliases = given.filter((a) => !badNames.has(normaliseName(a)));
    const { type } = t.entity;
    return [
      { id: t.id, name, type, aliases, description, facts: facts.map((f) => clip(f.text, LAYER_LIMITS.factLength)) },
    ];
  });
}

/** What a reader's export keeps of source `s` besides: when it was learned, its text's key, what it said of each name. */
function learnedMemory(file: Dictionary, s: Source) {
  const article = file.learned?.find((a) => a.source === s.id);
  const said = article?.entities && new Map(article.entities.map((m) => [m.entity, m]));
  const kept = {
    ...(article?.learnedAt !== undefined ? { learnedAt: article.learnedAt } : {}),
    ...(article?.textKey !== undefined ? { textKey: article.textKey } : {}),
  };
  return { said, kept };
}

/** The quotes of source `s` not already known, pointed at the entities' layer ids; `knownQuotes` grows. */
function sourceQuotes(file: Dictionary, s: Source, sourceId: string, target: Target, knownQuotes: Set<string>) {
  const quotes: Quote[] = [];
  for (const q of file.quotes) {
    if (q.source !== s.id || quotes.length >= LAYER_LIMITS.quotesPerSource || knownQuotes.has(textKey(q.text)))
      continue;
    const { speaker, about } = layerQuoteRefs(q, (id) => target.get(id)?.id);
    if (speaker === null && about.length === 0) continue;
    knownQuotes.add(textKey(q.text));
    quotes.push({ ...q, id: `${sourceId}:q${quotes.length}`, speaker, about, source: sourceId });
  }
  return quotes;
}

/** Merges a validated dictionary file into `layer`: each of its sources becomes a learned source. */
export function importDictionary(
  layer: ReaderLayer,
  file: Dictionary,
  bundled: Dictionary,
  label: string,
): ImportResult {
  const { sources: fileSources, mentions, mentioned } = sourcesWithOrphans(file, label);
  const { newIds, incoming } = learnedIds(fileSources, label);
  const kept = layer.sources.filter((s) => !incoming.has(s.source.id));
  const replaced = layer.sources.length - kept.length;
  if (kept.length + incoming.size > LAYER_LIMITS.learnedSources)
    return {
      ok: false,
      error: i18n.t('dictionary.tooManySources', [incoming.size, kept.length, LAYER_LIMITS.learnedSources]),
    };
  const base: ReaderLayer = { ...layer, sources: kept, pending: layer.pending.filter((p) => !incoming.has(p.source)) };
  const existing = combinedDictionary(bundled, base, { keepHidden: true });
  const taken = takenIds(bundled, kept);
  const badNames = notANameKeys([...base.corrections, ...(file.corrections ?? [])]);
  const { target, pending } = matchEntities(file, existing, taken, badNames, (id) => newIds.get(mentioned.get(id)!)!);
  const knownQuotes = new Set(existing.quotes.map((q) => textKey(q.text)));
  let order = base.nextOrder;
  const added: LearnedSource[] = fileSources.map((s) => {
    const sourceId = newIds.get(s.id)!;
    // A file without the memory of its articles (a plain dictionary, an older export) counts them as learned long ago.
    const { said, kept } = learnedMemory(file, s);
    const entities = sourceEntities(s, said?.keys() ?? mentions.get(s.id) ?? [], target, badNames, said);
    const quotes = sourceQuotes(file, s, sourceId, target, knownQuotes);
    const source = { ...s, id: sourceId };
    return { source, order: order++, ...kept, entities: entities.slice(0, LAYER_LIMITS.entitiesPerSource), quotes };
  });
  let corrections = base.corrections;
  for (const c of file.corrections ?? []) corrections = withCorrection(corrections, c);
  const next = readerLayerSchema.safeParse({
    ...base,
    nextOrder: order,
    sources: [...kept, ...added],
    corrections: corrections.slice(-LIMITS.corrections),
    pending: [...base.pending, ...pending].slice(-LAYER_LIMITS.pending),
  });
  if (!next.success) return { ok: false, error: i18n.t('dictionary.notMerged', [next.error.issues[0]?.message ?? '']) };
  return {
    ok: true,
    layer: next.data,
    sources: added.length,
    replaced,
    entities: target.size,
    pending: pending.length,
  };
}

/** Checks an import file's text in full (bounds, JSON, schema) and merges it into `layer`; never throws. */
export function importLayerJson(
  layer: ReaderLayer,
  text: string,
  bundled: Dictionary,
  label = i18n.t('dictionary.theFile'),
): ImportResult {
  const bounds = checkJsonBounds(text);
  if (bounds) return { ok: false, error: bounds };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: i18n.t('dictionary.notJson', [label, (error as Error).message]) };
  }
  const checked = validateDictionary(data);
  if (!checked.ok) return { ok: false, error: i18n.t('dictionary.notDictionary', [label, checked.errors.join('\n')]) };
  return importDictionary(layer, checked.dictionary, bundled, label);
}
