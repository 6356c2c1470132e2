import type { Dictionary } from '../../dictionary/schema';
import { layerBytes } from './layer-size';
import type { ReaderLayer } from './layer-schema';
import { sourceRows, type SourceRow } from './source-counts';

/** What the options page shows of the reader's layer beyond its outline, worked out where the layer is held. */
export interface LayerSummary {
  /** Every source, learned ones newest-learned first, with what each holds now (see sourceRows). */
  sources: SourceRow[];
  /** About how many bytes the learned articles take (see layerBytes). */
  bytes: number;
  /** The names of the entities the reader's corrections point to ("… is the same as X"), by id. */
  names: Record<string, string>;
  /** Why the stored layer could not be read, when it could not. */
  notice?: string;
  broken?: boolean;
}

/** The summary of `loaded`'s layer, whose effective dictionary (bundled and layer, corrections applied) is `effective`. */
export function layerSummary(
  effective: Dictionary,
  loaded: { layer: ReaderLayer; notice?: string; broken?: boolean },
): LayerSummary {
  const targets = new Set(loaded.layer.corrections.flatMap((c) => (c.kind === 'same-as' ? [c.target] : [])));
  const names = Object.fromEntries(effective.entities.filter((e) => targets.has(e.id)).map((e) => [e.id, e.name]));
  return {
    sources: sourceRows(effective, loaded.layer),
    bytes: layerBytes(loaded.layer),
    names,
    ...(loaded.notice ? { notice: loaded.notice } : {}),
    ...(loaded.broken ? { broken: true } : {}),
  };
}
