// A background stopped while idle (as Chromium stops an idle service worker) answers cards from what it stored after
// its last build: the effective dictionary and every card's shard, kept gzipped in the extension's IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { seededLayer, storeEarlierLayer } from './helpers/seeded-memory';
import { stopWorker } from './helpers/service-worker';
import { CARD_SHARDS } from '../../utils/reader-layer/cards/card-shards';

interface Bundle {
  entities: { name: string; facts: { text: string }[] }[];
}

/** Asks the background for the card of `id`, as a page does. */
function askCard(page: Page, id: string): Promise<Bundle | undefined> {
  return page.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const message = { id: Date.now(), type: 'content:get-cards', data: { ids: [id] }, timestamp: Date.now() };
    return ((await chrome.runtime.sendMessage(message)) as { res?: Bundle } | undefined)?.res;
  }, id);
}

/** The derived records the background stored: how many, and whether each is packed (version 2, gzip bytes). */
function derivedRecords(): Promise<{ count: number; packed: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backstory-derived', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('derived');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('derived').objectStore('derived').getAll();
      read.onerror = () => reject(read.error);
      read.onsuccess = () => {
        const records = read.result as { version?: number; gzip?: unknown }[];
        const packed = records.filter((r) => r.version === 2 && r.gzip instanceof ArrayBuffer);
        const bytes = packed.reduce((sum, r) => sum + (r.gzip as ArrayBuffer).byteLength, 0);
        open.result.close();
        resolve({ count: records.length, packed: packed.length, bytes });
      };
    };
  });
}

describe('a background woken from idle (Chromium)', () => {
  let ext: ChromiumWithExtension;
  let asker: Page;
  beforeAll(async () => {
    ext = await launchChromium({ readAlong: false });
    await storeEarlierLayer(ext, seededLayer(Date.now()));
    asker = await ext.context.newPage();
    await asker.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  });
  afterAll(async () => ext?.close());

  it('answers a learned name’s card from the packed records it stored, as it did before it stopped', async () => {
    const built = await askCard(asker, 'kim');
    expect(built?.entities[0]?.name).toBe('Kim Lone');
    expect(built?.entities[0]?.facts.map((f) => f.text)).toContain('Only story 4 names Kim.');
    // Written a few seconds after the build: the dictionary and every shard, all packed.
    await expect
      .poll(async () => (await (await ext.worker()).evaluate(derivedRecords)).packed, { timeout: 30_000 })
      .toBe(CARD_SHARDS + 1);
    const stored = await (await ext.worker()).evaluate(derivedRecords);
    expect(stored.count).toBe(CARD_SHARDS + 1);
    expect(stored.bytes).toBeGreaterThan(0);

    await stopWorker(ext.context, asker);
    expect(await askCard(asker, 'kim')).toEqual(built);
  });
});
