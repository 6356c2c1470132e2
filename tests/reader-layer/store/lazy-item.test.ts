import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { lazyItem, textItem } from '@/utils/reader-layer/store/lazy-item';

describe('lazyItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing when defined, and the stored value only when asked', async () => {
    await fakeBrowser.storage.local.set({ big: { huge: 'x'.repeat(1000) } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const item = lazyItem('local:big');
    await new Promise((r) => setTimeout(r, 10));
    expect(get).not.toHaveBeenCalled();
    expect(await item.getValue()).toEqual({ huge: 'x'.repeat(1000) });
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('reads null when nothing is stored, writes, removes and tells watchers', async () => {
    const item = lazyItem('local:thing');
    expect(await item.getValue()).toBeNull();
    const seen: unknown[] = [];
    const stop = item.watch((v) => seen.push(v));
    await item.setValue({ n: 1 });
    expect(await item.getValue()).toEqual({ n: 1 });
    await item.removeValue();
    expect(await item.getValue()).toBeNull();
    stop();
    await item.setValue({ n: 2 });
    expect(seen).toEqual([{ n: 1 }, null]);
  });

  it('keeps a text item as JSON text, reads values stored as they are, and damaged text as nothing', async () => {
    const item = textItem('local:names');
    const seen: unknown[] = [];
    const stop = item.watch((v) => seen.push(v));
    await item.setValue({ rows: [['', 'Ada', 0, []]] });
    expect(await fakeBrowser.storage.local.get('names')).toEqual({ names: '{"rows":[["","Ada",0,[]]]}' });
    expect(await item.getValue()).toEqual({ rows: [['', 'Ada', 0, []]] });
    // Written by an earlier version, before items were kept as text.
    await fakeBrowser.storage.local.set({ names: { rows: [] } });
    expect(await item.getValue()).toEqual({ rows: [] });
    await fakeBrowser.storage.local.set({ names: '{"rows": [' });
    expect(await item.getValue()).toBeNull();
    await item.setValue(null);
    expect(await item.getValue()).toBeNull();
    stop();
    expect(seen).toEqual([{ rows: [['', 'Ada', 0, []]] }, { rows: [] }, null, null]);
  });
});
