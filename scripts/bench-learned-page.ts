/**
 * `npx tsx scripts/bench-learned-page.ts`: how long a saved page takes to be marked in real Chromium with the
 * built extension and a reader's layer of many learned articles (the generated benchmark layer).
 * Options: --page=nytimes-4 --articles=1000 --runs=5; BACKSTORY_CHROME_DIR picks the built extension.
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { learnedLayer, PAGES_DIR } from './learned-layer';
import { startServer } from './bench/server';
import { layerNames } from '../utils/reader-layer/names-index';
import { CHROMIUM_PATH, chromiumFlags } from './lib/chromium-flags';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGE = arg('page', 'nytimes-4');
const ARTICLES = Number(arg('articles', '1000'));
const RUNS = Number(arg('runs', '5'));
const ext = path.resolve(root, process.env.BACKSTORY_CHROME_DIR ?? '.output/chrome-mv3');
const MARK = 'mark[data-backstory-entity]';

/** Milliseconds from navigation start to the first mark and to the last mark added (marks settled for 2 s). */
async function timeToMarked(context: import('playwright-core').BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    const w = window as unknown as { __first?: number; __last?: number };
    new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      const now = performance.now();
      w.__first ??= now;
      w.__last = now;
    }).observe(document, { childList: true, subtree: true });
  }, MARK);
  await page.goto(url, { waitUntil: 'load' });
  let count = -1;
  let stableSince = Date.now();
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    const now = await page.locator(MARK).count();
    if (now !== count || now === 0) {
      count = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 2000) break;
    await page.waitForTimeout(100);
  }
  const times = await page.evaluate(() => {
    const w = window as unknown as { __first?: number; __last?: number };
    return { first: w.__first ?? NaN, last: w.__last ?? NaN };
  });
  await page.close();
  return { ...times, marks: count };
}

async function main() {
  if (!existsSync(path.join(ext, 'manifest.json'))) throw new Error(`no built extension at ${ext}`);
  const layer = learnedLayer(ARTICLES);
  const server = await startServer(PAGES_DIR, path.join(root, 'bench/tmp'));
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'backstory-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: chromiumFlags({ extensionDir: ext }),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The layer as the extension stores it: the layer item and, with it, its names-only outline.
    await worker.evaluate(
      async ({ layer, names }) => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { set(v: object): Promise<void> } } };
        };
        await chrome.storage.local.set({ readerLayer: layer, readerNames: names });
      },
      { layer, names: layerNames(layer) },
    );
    const url = `${server.origin}/pages/${PAGE}.html`;
    await timeToMarked(context, url); // warm-up: caches, first build in the service worker
    const runs = [];
    for (let k = 0; k < RUNS; k++) {
      const r = await timeToMarked(context, url);
      runs.push(r);
      console.log(
        `#${k + 1}: first mark ${r.first.toFixed(0)} ms, last mark ${r.last.toFixed(0)} ms, ${r.marks} marks`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `${PAGE}, ${ARTICLES} learned articles, ${ext}: median first mark ${median(runs.map((r) => r.first)).toFixed(0)} ms, ` +
        `marked by ${median(runs.map((r) => r.last)).toFixed(0)} ms after navigation start`,
    );
  } finally {
    await context.close();
    server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
