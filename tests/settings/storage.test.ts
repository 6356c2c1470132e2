import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  defaultSettings,
  defineSettingsItem,
  loadSettings,
  resetSettings,
  saveSettings,
  setSiteRule,
  settingsItem,
  updateSettings,
  watchSettings,
  type LoadedSettings,
} from '@/utils/settings';

// What the extension finds in browser.storage.local under its key, as another version or a corrupt profile left it.
async function storeRaw(value: unknown, version?: number): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: value, ...(version ? { settings$: { v: version } } : {}) });
}

async function readRaw(): Promise<{ value: unknown; meta: unknown }> {
  const { settings, settings$ } = await fakeBrowser.storage.local.get(['settings', 'settings$']);
  return { value: settings, meta: settings$ };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  it('gives the defaults on a fresh profile, without a notice', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings() });
  });

  it('falls back to defaults with a notice when the stored value is unreadable', async () => {
    await storeRaw('{"enabled": tru');
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('keeps the good fields of a partly broken store and names the others', async () => {
    await storeRaw({ enabled: false, cardDelay: 'soon' });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ ...defaultSettings(), enabled: false });
    expect(loaded.notice).toContain('card delay');
  });

  it('says so when the settings were saved by a newer version', async () => {
    await storeRaw({ enabled: false, glow: 'on' }, 7);
    const loaded = await loadSettings();
    expect(loaded.settings.enabled).toBe(false);
    expect(loaded.notice).toMatch(/newer version/);
  });

  it('falls back to defaults with a notice when storage itself fails', async () => {
    const spy = vi.spyOn(settingsItem, 'getValue').mockRejectedValueOnce(new Error('quota exceeded'));
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.notice).toMatch(/could not be loaded \(quota exceeded\)/);
    spy.mockRestore();
  });
});

describe('saving', () => {
  it('updateSettings saves the change and keeps the other fields', async () => {
    await updateSettings((s) => ({ ...s, highlightStyle: 'background' }));
    await updateSettings((s) => ({ ...s, cardDelay: 1200 }));
    expect((await loadSettings()).settings).toEqual({
      ...defaultSettings(),
      highlightStyle: 'background',
      cardDelay: 1200,
    });
  });

  it('updateSettings refuses invalid settings and saves nothing', async () => {
    await expect(updateSettings((s) => ({ ...s, cardDelay: 99_999 }))).rejects.toThrow();
    expect((await readRaw()).value).toBeUndefined();
  });

  it('saving the settings in force clears the notice about a broken store', async () => {
    await storeRaw({ enabled: false, types: 'all' });
    const { settings, notice } = await loadSettings();
    expect(notice).toBeDefined();
    await saveSettings(settings);
    expect(await loadSettings()).toEqual({ settings: { ...defaultSettings(), enabled: false } });
  });

  it('resetSettings puts every setting back to its default', async () => {
    await updateSettings((s) => ({ ...s, enabled: false, firstMentionOnly: true }));
    await resetSettings();
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });
});

describe('setSiteRule', () => {
  it('adds, changes and removes a normalised rule', async () => {
    await setSiteRule('https://www.Example.com/story', 'off');
    expect((await loadSettings()).settings.sites).toEqual({ 'example.com': 'off' });
    await setSiteRule('example.com', 'on');
    expect((await loadSettings()).settings.sites).toEqual({ 'example.com': 'on' });
    await setSiteRule('WWW.EXAMPLE.COM', null);
    expect((await loadSettings()).settings.sites).toEqual({});
  });

  it('rejects an invalid hostname with a clear message and saves nothing', async () => {
    await expect(setSiteRule('not a site', 'off')).rejects.toThrow(/not a valid site name/);
    expect((await readRaw()).value).toBeUndefined();
  });
});

describe('watchSettings', () => {
  it('reports each change, parsed, until stopped', async () => {
    const seen: LoadedSettings[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded));
    await setSiteRule('example.com', 'off');
    await storeRaw({ enabled: 'yes' });
    stop();
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect(seen).toHaveLength(2);
    expect(seen[0]!.settings.sites).toEqual({ 'example.com': 'off' });
    expect(seen[1]!.settings.enabled).toBe(true);
    expect(seen[1]!.notice).toContain('on/off everywhere');
  });

  it('reports defaults when the settings are removed', async () => {
    await updateSettings((s) => ({ ...s, enabled: false }));
    const seen: LoadedSettings[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded));
    await settingsItem.removeValue();
    stop();
    expect(seen).toEqual([{ settings: defaultSettings() }]);
  });
});

describe('migrations', () => {
  // A made-up layout history, for testing the mechanism only: v1 kept the card delay in seconds, v2 in milliseconds.
  const toV2 = (v1: unknown) => {
    const old = v1 as Record<string, unknown>;
    return { ...old, cardDelay: Number(old.cardDelay) * 1000 };
  };

  it('runs a missing step once, stores its result and the new version', async () => {
    await storeRaw({ ...defaultSettings(), cardDelay: 2 }, 1);
    const item = defineSettingsItem(2, { 2: toV2 });
    const loaded = await loadSettings(item, 2);
    expect(loaded).toEqual({ settings: { ...defaultSettings(), cardDelay: 2000 } });
    expect(await readRaw()).toEqual({ value: { ...defaultSettings(), cardDelay: 2000 }, meta: { v: 2 } });
    // Defining the item again (a new page, a restarted worker) does not migrate twice.
    expect((await loadSettings(defineSettingsItem(2, { 2: toV2 }), 2)).settings.cardDelay).toBe(2000);
  });

  it('records the current version on a fresh profile, so its data is never migrated again', async () => {
    const item = defineSettingsItem(2, { 2: toV2 });
    await item.setValue({ ...defaultSettings(), cardDelay: 700 });
    expect((await readRaw()).meta).toEqual({ v: 2 });
    expect((await loadSettings(defineSettingsItem(2, { 2: toV2 }), 2)).settings.cardDelay).toBe(700);
  });

  it('treats a store without a version as the first layout', async () => {
    await storeRaw({ ...defaultSettings(), cardDelay: 1 });
    expect((await loadSettings(defineSettingsItem(2, { 2: toV2 }), 2)).settings.cardDelay).toBe(1000);
  });

  it('a failed migration keeps the extension working on what can be read, with a notice', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await storeRaw({ ...defaultSettings(), enabled: false }, 1);
    const failing = () => {
      throw new Error('bad layout');
    };
    const loaded = await loadSettings(defineSettingsItem(2, { 2: failing }), 2);
    expect(loaded.settings).toEqual({ ...defaultSettings(), enabled: false });
    expect(loaded.notice).toMatch(/could not be brought up to date/);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('a migration that produces bad fields costs only those fields', async () => {
    await storeRaw({ ...defaultSettings(), cardDelay: 'x' }, 1);
    const loaded = await loadSettings(defineSettingsItem(2, { 2: toV2 }), 2);
    expect(loaded.settings.cardDelay).toBe(defaultSettings().cardDelay);
    expect(loaded.notice).toContain('card delay');
  });
});
