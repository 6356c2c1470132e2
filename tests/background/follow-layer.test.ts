import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { followLayer } from '@/entrypoints/background/follow-layer';
import { layerOutlineItem } from '@/utils/reader-layer/store/storage-items';

/** Lets the storage's change events reach their listeners. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a background service following the reader’s layer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('drops what it built on every change, and builds again once, after the writes settle', async () => {
    const service = { invalidate: vi.fn(), warm: vi.fn() };
    followLayer(service, 40);
    for (const stamp of ['one', 'two', 'three']) {
      await layerOutlineItem.setValue({ stamp });
      await settle();
    }
    expect(service.invalidate).toHaveBeenCalledTimes(3);
    expect(service.warm).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 80));
    expect(service.warm).toHaveBeenCalledTimes(1);
  });
});
