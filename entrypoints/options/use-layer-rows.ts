import { outlineRows, type SourceRow } from '@/utils/reader-layer/model/source-counts';
import { bundled, bundledNames } from './bundled';
import type { StoredLayer } from './use-stored-layer';

/** The section's source rows and entity names: from the outline until the background's summary comes, then from it. */
export function useLayerRows({ outline, summary }: StoredLayer): {
  sources: SourceRow[];
  nameOf: (id: string) => string | undefined;
} {
  const sources = summary?.sources ?? (outline ? outlineRows(outline, bundled.sources) : []);
  return { sources, nameOf: (id) => summary?.names[id] ?? bundledNames.get(id) };
}
