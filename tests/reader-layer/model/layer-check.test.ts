import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkChangedLayer } from '@/utils/reader-layer/model/layer-check';
import { emptyLayer, readerLayerSchema, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { article, bundled, entity, page } from '../fixtures';

const learn = (layer: ReaderLayer, n: number) =>
  mergeArticle(layer, article([entity(`e${n}`, `Person Number${n}`, 'person', [], ['A fact.'])]), bundled(), page(n))
    .layer;

/** A layer of three learned articles that passed the schema, as a layer read back is. */
const checkedLayer = () => readerLayerSchema.parse([1, 2, 3].reduce(learn, emptyLayer()));

/** The issues `run` throws, as paths and messages. */
function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ZodError);
    return (error as ZodError).issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
  }
  throw new Error('nothing was refused');
}

describe('checking a changed layer', () => {
  it('gives what the full check gives, keeping the articles already checked as they are', () => {
    const checked = checkedLayer();
    const next = learn(checked, 4);
    const result = checkChangedLayer(next, checked);
    expect(result).toEqual(readerLayerSchema.parse(next));
    expect(result.sources.slice(0, 3).every((s, i) => s === checked.sources[i])).toBe(true);
  });

  it('refuses a bad new article with the full check’s errors', () => {
    const checked = checkedLayer();
    const next = learn(checked, 4);
    const bad = { ...next.sources[3]!, order: -1, entities: [{ ...next.sources[3]!.entities[0]!, name: '' }] };
    const broken = { ...next, sources: [checked.sources[0]!, bad, ...checked.sources.slice(1)] };
    expect(issuesOf(() => checkChangedLayer(broken, checked))).toEqual(issuesOf(() => readerLayerSchema.parse(broken)));
    expect(issuesOf(() => checkChangedLayer(broken, checked)).map((i) => i.path)).toEqual([
      ['sources', 1, 'order'],
      ['sources', 1, 'entities', 0, 'name'],
    ]);
  });

  it('still checks everything besides the articles, and how many there are', () => {
    const checked = checkedLayer();
    const badTop = { ...checked, nextOrder: -2, pending: [{ id: '' }] } as unknown as ReaderLayer;
    expect(issuesOf(() => checkChangedLayer(badTop, checked))).toEqual(issuesOf(() => readerLayerSchema.parse(badTop)));
    const tooMany = { ...checked, sources: Array.from({ length: 5_001 }, () => checked.sources[0]!) };
    expect(issuesOf(() => checkChangedLayer(tooMany, checked))).toEqual(
      issuesOf(() => readerLayerSchema.parse(tooMany)),
    );
  });

  it('checks in full an article not among the checked objects, even when equal to one', () => {
    const checked = checkedLayer();
    const copy = structuredClone(checked);
    copy.sources[2]!.entities[0]!.type = 'wizard' as never;
    expect(issuesOf(() => checkChangedLayer(copy, checked)).map((i) => i.path)).toEqual([
      ['sources', 2, 'entities', 0, 'type'],
    ]);
  });
});
