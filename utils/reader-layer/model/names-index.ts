import type { Correction, Dictionary, Entity, EntityType } from '../../dictionary/schema';
import { applyCorrections } from './corrections';
import { combineDictionaries } from './combine';
import { foldLayerNames } from './fold-names';
import type { ReaderLayer } from './layer-schema';
import { bundledStamp, nameRows } from '../../dictionary/names-only';

/** The stored key of the page names item (see storage-items), which pages read directly. */
export const PAGE_NAMES_KEY = 'pageNames';

/** What matching needs of one entity: no description, facts or quotes. */
export interface NameEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/** The names-only outline of the reader's layer that pages read at start-up, written with every layer write. */
export interface LayerNames {
  version: 1;
  /** The layer's entities as `layerDictionary` names them (first name and type, aliases from every article). */
  entities: NameEntry[];
  corrections: Correction[];
}

/** The names-only outline of `layer`, folded as `layerDictionary` folds it (foldLayerNames). */
export function layerNames(layer: ReaderLayer): LayerNames {
  const entities = foldLayerNames(layer, (c): NameEntry => ({ id: c.id, name: c.name, type: c.type, aliases: [] }));
  return { version: 1, entities, corrections: layer.corrections };
}

/** Whether `raw` has the outline of a names item (every write passed the layer's full check). */
export function isLayerNames(raw: unknown): raw is LayerNames {
  const names = raw as Partial<LayerNames> | null;
  return !!names && names.version === 1 && Array.isArray(names.entities) && Array.isArray(names.corrections);
}

/** Whether `raw` is a names item that changes what pages match with: it has names or corrections. */
export function addsNames(raw: unknown): raw is LayerNames {
  return isLayerNames(raw) && (raw.entities.length > 0 || raw.corrections.length > 0);
}

/** What a page annotates with, and whether it is the bundled dictionary alone (so cards can be read locally). */
export interface PageNames {
  dictionary: Dictionary;
  bundledOnly: boolean;
}

/**
 * The effective dictionary's entities as pages match them: bundled entities (whole) joined with the layer's names
 * and the reader's corrections applied, as `effectiveDictionary` does, without any learned fact or quote. A missing
 * or odd item counts as no layer.
 */
export function pageNames(bundled: Dictionary, raw: unknown): PageNames {
  if (!addsNames(raw)) return { dictionary: bundled, bundledOnly: true };
  try {
    const learned: Entity[] = raw.entities.map((e) => ({ ...e, aliases: [...e.aliases], description: '', facts: [] }));
    const layer: Dictionary = { schemaVersion: 1, sources: [], entities: learned, quotes: [] };
    const combined = combineDictionaries({ ...bundled, quotes: [] }, layer);
    return { dictionary: applyCorrections(combined, raw.corrections), bundledOnly: false };
  } catch (error) {
    console.warn('Backstory: your learned names could not be used here:', error);
    return { dictionary: bundled, bundledOnly: true };
  }
}

/**
 * What tells pages that the reader's layer adds names, and which: a page that finds it asks the background for the
 * names its text holds (see names-by-word) rather than reading every learned name. Written with every layer write; a
 * change sends only this small value to open pages, which ask again.
 */
export interface PageNamesMark {
  version: 2;
  /** `bundledStamp` of the bundled names the background joins with: after an update, pages ignore an older mark. */
  bundled: string;
  /** The layer write the names come from. */
  stamp: string;
}

/** The page names mark for `raw` (a names item) written under `stamp`, or null when pages match with the bundled names alone. */
export function pageNamesMark(bundled: Dictionary, raw: unknown, stamp: string): PageNamesMark | null {
  if (!addsNames(raw)) return null;
  return { version: 2, bundled: bundledStamp(nameRows(bundled)), stamp };
}
