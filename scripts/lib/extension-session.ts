// What the benchmarks of the built extension share: a fresh Chromium profile with the extension loaded, the local
// page server, and a wait for the page's marks to settle.
import { closeWelcomePage } from './welcome-page';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../bench/server';
import type { ReaderLayer } from '../../utils/reader-layer/model/layer-schema';
import { layerNames, pageNamesMark } from '../../utils/reader-layer/model/names-index';
import type { Dictionary } from '../../utils/dictionary/schema';
import { layerOutline, newStamp } from '../../utils/reader-layer/model/layer-outline';
import { CHROMIUM_PATH, chromiumFlags } from './chromium-flags';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built Chrome extension the benchmarks load: BACKSTORY_CHROME_DIR, or the default build output. */
export const EXTENSION_DIR = path.resolve(root, process.env.BACKSTORY_CHROME_DIR ?? '.output/chrome-mv3');
/** The marks the content script makes. */
export const MARK = 'mark[data-backstory-entity]';

/** A running Chromium with the extension, its service worker, and the server of saved pages. */
export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  /** Origin of the local server: `/pages/<name>.html` are the saved pages, `/bench/<file>` the benchmark's files. */
  origin: string;
  /** The profile's folder, for measuring what the extension keeps on disk. */
  userDataDir: string;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile and the built extension, and the local server; nothing else is reachable. */
export async function openExtensionSession(pagesDir: string): Promise<ExtensionSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`no built extension at ${EXTENSION_DIR}: npm run build`);
  const server = await startServer(pagesDir, path.join(root, 'bench/tmp'));
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'backstory-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: chromiumFlags({ extensionDir: EXTENSION_DIR }),
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return /^https?:/.test(url) && !url.startsWith(server.origin) ? route.abort() : route.continue();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await closeWelcomePage(context, EXTENSION_DIR, new URL(worker.url()).host);
  return {
    context,
    worker,
    origin: server.origin,
    userDataDir,
    async close() {
      await context.close();
      server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the number of marks on `page` has stayed the same (and above zero) for `quietMs`; returns it. */
export async function waitForMarksToSettle(page: Page, quietMs: number, timeoutMs: number): Promise<number> {
  let count = -1;
  let stableSince = Date.now();
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const now = await page.locator(MARK).count();
    if (now !== count || now === 0) {
      count = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > quietMs) break;
    await page.waitForTimeout(100);
  }
  return count;
}

/** Characters of JSON handed to the worker per call: one call with a layer of thousands of articles closes it. */
const CHUNK = 4_000_000;

/** Writes the JSON text gathered in the worker as the stored layer, its stamp, names, outline and page names. */
async function writeGathered(): Promise<void> {
  const scope = globalThis as unknown as {
    __layerJson: string[];
    chrome: { storage: { local: { set(v: object): Promise<void> } } };
  };
  const { layer, names, outline, pageNames } = JSON.parse(scope.__layerJson.join('')) as {
    layer: unknown;
    names: unknown;
    outline: { stamp: string };
    pageNames: unknown;
  };
  scope.__layerJson = [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory-layer', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('layer');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('layer', 'readwrite');
    tx.objectStore('layer').put(layer, 'layer');
    tx.objectStore('layer').put(outline.stamp, 'stamp');
    tx.objectStore('layer').put(JSON.stringify(names), 'names');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  // Kept as JSON text, as the extension keeps them (see textItem).
  await scope.chrome.storage.local.set({
    readerOutline: JSON.stringify(outline),
    pageNames: pageNames === null ? null : JSON.stringify(pageNames),
  });
}

/**
 * Stores `layer` in the extension much as it writes it itself (see saveLayer): the layer (in the one record earlier
 * versions kept, which the extension splits at its next write), its stamp and its names in the extension's
 * IndexedDB, then its outline under the same stamp and the page names mark. The JSON goes over in pieces.
 */
export async function storeLayer(worker: Worker, layer: ReaderLayer): Promise<void> {
  const names = layerNames(layer);
  // The mark that sends pages to ask for the names, as the extension writes it after every layer write.
  const bundled = JSON.parse(readFileSync(path.join(root, 'assets/dictionary.json'), 'utf8')) as Dictionary;
  const outline = layerOutline(layer, newStamp());
  const json = JSON.stringify({ layer, names, outline, pageNames: pageNamesMark(bundled, names, outline.stamp) });
  await worker.evaluate(() => void ((globalThis as unknown as { __layerJson: string[] }).__layerJson = []));
  for (let at = 0; at < json.length; at += CHUNK)
    await worker.evaluate(
      (piece) => void (globalThis as unknown as { __layerJson: string[] }).__layerJson.push(piece),
      json.slice(at, at + CHUNK),
    );
  await worker.evaluate(writeGathered);
}
