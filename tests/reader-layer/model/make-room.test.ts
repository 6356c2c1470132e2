import { describe, expect, it } from 'vitest';
import { withCorrection } from '@/utils/reader-layer/model/corrections';
import { emptyLayer, LAYER_LIMITS, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { sourceBytes, withRoom } from '@/utils/reader-layer/model/make-room';

const correction = { kind: 'hide', entity: 'nato', name: 'NATO' } as const;

/** A layer of `count` articles, each saying one fact of `size` characters, learned out of order. */
function layerOf(count: number, size = 10): ReaderLayer {
  const order = (n: number) => (n * 7) % count;
  return {
    ...emptyLayer(),
    nextOrder: count,
    corrections: withCorrection([], correction),
    sources: Array.from({ length: count }, (_, n) => ({
      source: { id: `learned-${order(n)}`, title: `Story ${order(n)}` },
      order: order(n),
      entities: [
        {
          id: `e${n}`,
          name: `Person ${n}`,
          type: 'person' as const,
          aliases: [],
          description: '',
          facts: ['x'.repeat(size)],
        },
      ],
      quotes: [],
    })),
  };
}

const kept = (layer: ReaderLayer) => layer.sources.map((s) => s.order).sort((a, b) => a - b);

describe('making room for one more article', () => {
  it('keeps 5,000 articles and 100 MB by default', () => {
    expect([LAYER_LIMITS.learnedSources, LAYER_LIMITS.bytes]).toEqual([5_000, 100_000_000]);
  });

  it('prunes a layer stored over the count down to room for one more in one go, with their open decisions', () => {
    const decision = (source: number) => ({
      id: `p${source}`,
      source: `learned-${source}`,
      entity: `e${source}`,
      name: 'Jordan',
      type: 'person' as const,
      candidates: [{ id: 'jordan', name: 'Jordan', type: 'place' as const }],
      reason: 'type-clash' as const,
    });
    const next = withRoom({ ...layerOf(8), pending: [decision(1), decision(6)] }, { sources: 5, bytes: 1e9 });
    expect(kept(next)).toEqual([4, 5, 6, 7]);
    expect(next.pending.map((p) => p.id)).toEqual(['p6']);
  });

  it('leaves a layer under both bounds as it is', () => {
    const layer = layerOf(5);
    expect(withRoom(layer, { sources: 6, bytes: 1e9 })).toBe(layer);
  });

  it('forgets the oldest article at the count, whatever order they are stored in', () => {
    const next = withRoom(layerOf(5), { sources: 5, bytes: 1e9 });
    expect(kept(next)).toEqual([1, 2, 3, 4]);
    expect(next.corrections).toEqual([correction]);
  });

  it('forgets the oldest articles until their bytes are within bounds', () => {
    const layer = layerOf(10, 10_000);
    const size = layer.sources.reduce((sum, s) => sum + sourceBytes(s), 0);
    const next = withRoom(layer, { sources: 100, bytes: size - 25_000 });
    expect(kept(next)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(next.corrections).toEqual([correction]);
  });

  it('counts an article at about the length of its JSON', () => {
    for (const source of layerOf(3, 500).sources) {
      const json = JSON.stringify(source).length;
      expect(sourceBytes(source)).toBeGreaterThan(json * 0.8);
      expect(sourceBytes(source)).toBeLessThan(json * 1.5);
    }
  });
});
