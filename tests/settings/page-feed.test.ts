import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { localItems } from '@/entrypoints/content/page-storage';
import { defaultSettings, loadSettings, saveSettings, settingsItem } from '@/utils/settings';
import { settingsFeed } from '@/utils/settings/page-feed';

describe("a page's settings feed (storage read directly, no storage or schema library)", () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the extension saved, as loadSettings does', async () => {
    await saveSettings({ ...defaultSettings(), cardDelay: 650, highlightStyle: 'background' });
    expect(await settingsFeed(localItems).load()).toEqual(await loadSettings());
  });

  it('gives the defaults for an empty store, and the same notices as loadSettings for bad values', async () => {
    expect(await settingsFeed(localItems).load()).toEqual({ settings: defaultSettings() });
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', cardDelay: 200 } });
    const loaded = await settingsFeed(localItems).load();
    expect(loaded).toEqual(await loadSettings());
    expect(loaded.settings.cardDelay).toBe(200);
    expect(loaded.notice).toContain('on/off everywhere');
  });

  it('names a layout saved by a newer version', async () => {
    await settingsItem.setValue(defaultSettings());
    await fakeBrowser.storage.local.set({ settings$: { v: 99 } });
    expect((await settingsFeed(localItems).load()).notice).toMatch(/newer version/);
  });

  it('reads storage once for everything on the page', async () => {
    const get = vi.spyOn(localItems, 'get');
    const feed = settingsFeed(localItems);
    await Promise.all([feed.load(), feed.load()]);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('hands every change to its watchers until they stop', async () => {
    const feed = settingsFeed(localItems);
    const seen: number[] = [];
    const stop = feed.watch(({ settings }) => seen.push(settings.cardDelay));
    await saveSettings({ ...defaultSettings(), cardDelay: 800 });
    await vi.waitFor(() => expect(seen).toEqual([800]));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await saveSettings({ ...defaultSettings(), cardDelay: 900 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([800]);
  });
});
