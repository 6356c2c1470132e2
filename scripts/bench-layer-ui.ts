/**
 * `npx tsx scripts/bench-layer-ui.ts`: with a reader's layer of many learned articles stored (the generated benchmark
 * layer), how soon the popup and the options page show something and how long they keep the main thread busy, and
 * how long the first card request takes from a background that has just been woken (Chromium stops an idle service
 * worker, which then starts with nothing built). Prints measured figures.
 * Options: --page=nytimes-4 --articles=1000 --runs=5 --only=cards (the background alone); BACKSTORY_CHROME_DIR picks
 * the built extension.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { learnedLayer, PAGES_DIR } from './learned-layer';
import { EXTENSION_DIR as ext, MARK, openExtensionSession, storeLayer } from './lib/extension-session';
import { extensionStorageBytes } from './lib/extension-storage';
import { stopWorker } from '../tests/e2e/helpers/service-worker';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGE = arg('page', 'nytimes-4');
const ARTICLES = Number(arg('articles', '1000'));
const RUNS = Number(arg('runs', '5'));
const CARDS_ONLY = arg('only', '') === 'cards';

/** The little of the `chrome` API the worker-side snippets use. */
interface ChromeApi {
  storage: { local: { set(v: object): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Records long tasks from the start of an extension page, so its main-thread cost can be read later. */
function watchLongTasks() {
  const w = window as unknown as { __long: { start: number; duration: number }[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** What one opening of an extension page cost: ms from navigation start to `selector`, and its long tasks. */
interface Opening {
  shown: number;
  busyMs: number;
  longest: number;
  quietAt: number;
}

/** Opens `url` in a fresh tab and measures when `selector` appears and how busy the page is for 4 s after. */
async function openAndMeasure(context: BrowserContext, url: string, selector: string): Promise<Opening> {
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  await page.goto(url);
  const shown = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() : 0),
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  const at = (await shown.jsonValue()) as number;
  await page.waitForTimeout(4_000);
  const long = await page.evaluate(
    () => (window as unknown as { __long?: { start: number; duration: number }[] }).__long ?? [],
  );
  await page.close();
  return {
    shown: at,
    busyMs: long.reduce((sum, t) => sum + t.duration, 0),
    longest: Math.max(0, ...long.map((t) => t.duration)),
    quietAt: Math.max(at, ...long.map((t) => t.start + t.duration)),
  };
}

/**
 * Ms from navigation start until the popup's search finds a learned name (typed as soon as the box exists): when
 * the reader's learned names are usable in the popup.
 */
async function searchFinds(context: BrowserContext, url: string, query: string, id: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.fill('#bs-search-input', query);
  const found = await page.waitForFunction(
    (id) => (document.querySelector(`[data-entity-id="${CSS.escape(id)}"]`) ? performance.now() : 0),
    id,
    { polling: 'raf', timeout: 60_000 },
  );
  const at = (await found.jsonValue()) as number;
  await page.close();
  return at;
}

/** Ms from sending a card request from an extension page to its answer, and how many entities came back. */
async function cardRequest(page: Page, ids: string[]): Promise<{ ms: number; entities: number }> {
  return page.evaluate(async (ids) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const started = performance.now();
    const message = { id: Date.now(), type: 'content:get-cards', data: { ids }, timestamp: Date.now() };
    const answer = (await chrome.runtime.sendMessage(message)) as { res?: { entities: unknown[] } } | undefined;
    return { ms: performance.now() - started, entities: answer?.res?.entities.length ?? -1 };
  }, ids);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toFixed(0).padStart(5);

function summary(label: string, runs: Opening[]) {
  console.log(
    `${label}: median shown ${fmt(median(runs.map((r) => r.shown)))} ms, main thread busy ` +
      `${fmt(median(runs.map((r) => r.busyMs)))} ms (longest task ${fmt(median(runs.map((r) => r.longest)))} ms), ` +
      `quiet by ${fmt(median(runs.map((r) => r.quietAt)))} ms after navigation start`,
  );
}

async function main() {
  const layer = learnedLayer(ARTICLES);
  const session = await openExtensionSession(PAGES_DIR);
  const { context, origin } = session;
  try {
    const { worker } = session;
    const extensionId = new URL(worker.url()).host;
    await storeLayer(worker, layer);
    const article = await context.newPage();
    await article.goto(`${origin}/pages/${PAGE}.html`, { waitUntil: 'load' });
    await article.waitForSelector(MARK, { timeout: 60_000 });
    await article.waitForTimeout(3_000);
    const tabId = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const marked = await article.$$eval(MARK, (ms) => [
      ...new Set(ms.map((m) => m.getAttribute('data-backstory-entity')!)),
    ]);
    const learnedIds = new Set(layer.sources.flatMap((s) => s.entities.map((c) => c.id)));
    const learnedOnPage = marked.filter((id) => learnedIds.has(id));
    console.log(
      `${PAGE}: ${marked.length} entities marked (${learnedOnPage.length} learned), ${ARTICLES} learned articles, ${ext}`,
    );

    // A learned name no page marks (renamed in a middle article), for the popup's search.
    const sought = layer.sources[Math.floor(layer.sources.length / 2)]!.entities.find((c) => /-V\w+$/.test(c.id))!;

    const base = `chrome-extension://${extensionId}`;
    const popupRuns: Opening[] = [];
    const optionsRuns: Opening[] = [];
    const searches: number[] = [];
    for (let k = 0; k < (CARDS_ONLY ? 0 : RUNS + 1); k++) {
      const popup = await openAndMeasure(context, `${base}/popup.html?tab=${tabId}`, '[data-entity-id]');
      const search = await searchFinds(context, `${base}/popup.html?tab=${tabId}`, sought.name, sought.id);
      const options = await openAndMeasure(context, `${base}/options.html#dictionary`, '[data-source-id]');
      // The first round warms caches and is left out.
      if (k === 0) continue;
      popupRuns.push(popup);
      searches.push(search);
      optionsRuns.push(options);
      console.log(
        `#${k}: popup list ${fmt(popup.shown)} ms, busy ${fmt(popup.busyMs)} ms, search finds a learned name ` +
          `${fmt(search)} ms; options sources ${fmt(options.shown)} ms, busy ${fmt(options.busyMs)} ms`,
      );
    }
    if (!CARDS_ONLY) {
      summary('popup (list of names on the page)', popupRuns);
      console.log(`popup search finds a learned name: median ${fmt(median(searches))} ms after navigation start`);
      summary('options (Dictionary: list of sources)', optionsRuns);
    }

    // Cold first card: the worker is stopped, and a card request wakes it with nothing built.
    const asker = await context.newPage();
    await asker.goto(`${base}/popup.html?tab=${tabId}`);
    const ids = learnedOnPage.slice(0, 1);
    const cold: number[] = [];
    const warm: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      await stopWorker(context, asker);
      await asker.waitForTimeout(500);
      const first = await cardRequest(asker, ids);
      const second = await cardRequest(asker, ids);
      if (first.entities < 1) throw new Error('the card request found no entity');
      cold.push(first.ms);
      warm.push(second.ms);
      console.log(`#${k + 1}: cold first card ${fmt(first.ms)} ms, next card ${fmt(second.ms)} ms`);
    }
    console.log(
      `background: median cold first card ${fmt(median(cold))} ms (worker woken, nothing built), ` +
        `warm ${fmt(median(warm))} ms`,
    );

    // First card 3 s after the layer is written again, worker awake: the write is a correction ("hide" a learned
    // name that is not asked for), made through the background as a hover card makes it, so it takes the real path.
    const others = [...learnedIds].filter((id) => !ids.includes(id));
    const afterWrite: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      const entity = others[k % others.length]!;
      const wrote = await asker.evaluate(async (entity) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeApi };
        const started = performance.now();
        const correction = { kind: 'hide', entity, name: entity };
        const message = { id: Date.now(), type: 'content:add-correction', data: correction, timestamp: Date.now() };
        const answer = (await chrome.runtime.sendMessage(message)) as { res?: { error?: string } } | undefined;
        if (answer?.res?.error) throw new Error(answer.res.error);
        return performance.now() - started;
      }, entity);
      await asker.waitForTimeout(3_000);
      const first = await cardRequest(asker, ids);
      afterWrite.push(first.ms);
      console.log(`#${k + 1}: correction written in ${fmt(wrote)} ms; first card 3 s later ${fmt(first.ms)} ms`);
    }
    console.log(`background: median first card 3 s after a layer write ${fmt(median(afterWrite))} ms`);
    // What the extension keeps once the background has written its cache and card shards: read until it settles.
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
    let stored = extensionStorageBytes(session.userDataDir, extensionId);
    for (let k = 0; k < 30; k++) {
      await asker.waitForTimeout(2_000);
      const next = extensionStorageBytes(session.userDataDir, extensionId);
      const settled = Math.abs(next.total! - stored.total!) < 0.005 * stored.total!;
      stored = next;
      if (settled && k >= 4) break;
    }
    console.log(
      `on disk: ${mb(stored.total!)} (IndexedDB ${mb(stored.indexedDB!)}, storage.local ${mb(stored.storageLocal!)})`,
    );
  } finally {
    await session.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
