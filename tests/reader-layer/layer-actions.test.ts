import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  addCorrection,
  decidePending,
  exportLayerText,
  importIntoLayer,
  removeCorrection,
  removeLearnedSource,
  undoRemove,
} from '@/utils/reader-layer/layer-actions';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerItem, loadLayer, updateLayer } from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from './fixtures';

async function seed() {
  await updateLayer(
    (layer) =>
      mergeArticle(layer, article([entity('ann', 'Ann Apple', 'person', [], ['Ann fact.'])]), bundled(), page(1)).layer,
  );
  await updateLayer(
    (layer) => mergeArticle(layer, article([entity('j', 'Jordan', 'person')]), bundled(), page(2)).layer,
  );
  return (await loadLayer()).layer;
}

describe('layer actions on stored data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remove then undo leaves the stored layer as it was', async () => {
    const before = await seed();
    const removed = await removeLearnedSource(before.sources[0]!.source.id);
    expect((await loadLayer()).layer.sources).toHaveLength(1);
    await undoRemove(removed);
    expect((await loadLayer()).layer).toEqual(before);
  });

  it('answers pending questions and keeps corrections', async () => {
    const layer = await seed();
    await decidePending(layer.pending[0]!.id, null);
    expect((await loadLayer()).layer.pending).toEqual([]);
    const fix = { kind: 'wrong-type', entity: 'ann', name: 'Ann Apple', type: 'organization' } as const;
    await addCorrection(fix);
    expect((await loadLayer()).layer.corrections).toEqual([fix]);
    await removeCorrection(fix);
    expect((await loadLayer()).layer.corrections).toEqual([]);
  });

  it('a failed import reports the problem and leaves storage untouched; a good one merges', async () => {
    await seed();
    const exported = await exportLayerText();
    const stored = await layerItem.getValue();
    const hostile = [
      'not json',
      '{"schemaVersion":1,"sources":[],"entities":"x","quotes":[]}',
      `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      JSON.stringify({
        ...JSON.parse(exported),
        quotes: [{ id: 'q', text: 'x'.repeat(30_000), speaker: null, about: [], source: 'nope' }],
      }),
    ];
    for (const text of hostile) {
      const result = await importIntoLayer(text, bundled(), 'evil.json');
      expect(result.ok).toBe(false);
      expect(await layerItem.getValue()).toEqual(stored);
    }
    fakeBrowser.reset();
    const result = await importIntoLayer(exported, bundled(), 'backup.json');
    expect(result).toMatchObject({ ok: true, sources: 2 });
    expect((await loadLayer()).layer.sources).toHaveLength(2);
  });
});
