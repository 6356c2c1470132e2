import { useMemo } from 'preact/hooks';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { outlineRows, sourceRows, type SourceRow } from '@/utils/reader-layer/model/source-counts';
import { bundled, bundledNames } from './bundled';
import type { StoredLayer } from './use-stored-layer';

/** The section's source rows and entity names: from the outline until the full layer is read, then from it. */
export function useLayerRows({ outline, loaded }: StoredLayer): {
  sources: SourceRow[];
  nameOf: (id: string) => string | undefined;
} {
  const effective = useMemo(() => (loaded ? effectiveDictionary(bundled, loaded.layer) : undefined), [loaded]);
  const names = useMemo(
    () => (effective ? new Map(effective.entities.map((e) => [e.id, e.name])) : bundledNames),
    [effective],
  );
  const sources = useMemo(
    () =>
      loaded && effective ? sourceRows(effective, loaded.layer) : outline ? outlineRows(outline, bundled.sources) : [],
    [loaded, effective, outline],
  );
  return { sources, nameOf: (id) => names.get(id) };
}
