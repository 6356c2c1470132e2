import { article, bundled, entity, page } from '../../reader-layer/fixtures';
import { layerOutline, newStamp, type LayerOutline } from '../../../utils/reader-layer/model/layer-outline';
import { emptyLayer, type ReaderLayer } from '../../../utils/reader-layer/model/layer-schema';
import { mergeArticle } from '../../../utils/reader-layer/model/merge';
import { layerNames } from '../../../utils/reader-layer/model/names-index';
import type { ChromiumWithExtension } from './launch-chromium';

const HOUR = 3_600_000;

/** The reader's correction the seeded layer carries: forgetting must never take it. */
export const SEEDED_CORRECTION = { kind: 'hide', entity: 'nato', name: 'NATO' } as const;

/**
 * A reader's layer of four remembered articles: one kept before learning times were kept, one three days old, one
 * five hours old and one ten minutes old, the last naming someone no other article names; and one correction.
 */
export function seededLayer(now: number): ReaderLayer {
  let layer: ReaderLayer = { ...emptyLayer(), corrections: [SEEDED_CORRECTION] };
  const learn = (n: number, at: number | undefined, extra: ReturnType<typeof entity>[] = []) => {
    const built = article([entity('ann', 'Ann Apple', 'person', [], [`Ann in story ${n}.`]), ...extra]);
    layer = mergeArticle(layer, built, bundled(), page(n), at ?? 0).layer;
    if (at === undefined) delete (layer.sources.at(-1) as { learnedAt?: number }).learnedAt;
  };
  learn(1, undefined);
  learn(2, now - 72 * HOUR);
  learn(3, now - 5 * HOUR);
  learn(4, now - 10 * 60_000, [entity('kim', 'Kim Lone', 'person', [], ['Only story 4 names Kim.'])]);
  return layer;
}

/** What `storage.local` holds of a layer an earlier version kept there: the extension moves it on first read. */
export function storedLayerItems(layer: ReaderLayer): {
  readerLayer: ReaderLayer;
  readerNames: ReturnType<typeof layerNames>;
  readerOutline: LayerOutline;
} {
  return { readerLayer: layer, readerNames: layerNames(layer), readerOutline: layerOutline(layer, newStamp()) };
}

/** Stores `layer` in Chromium where an earlier version kept it, with its names and outline: the extension moves it on first read. */
export async function storeEarlierLayer(ext: ChromiumWithExtension, layer: ReaderLayer): Promise<void> {
  await (
    await ext.worker()
  ).evaluate(async (items) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set(items);
  }, storedLayerItems(layer));
}
