/**
 * `npm run bench:content-script`: what the built extension's scripts cost a page, in real Chromium, with "Read along"
 * off (the bundled names only) and on (the story read and its names marked): main-thread time in its own script events (evaluation, callbacks, timers, observers, from a performance
 * trace, as `npm run bench` measures the engine), the longest of its tasks, and how many names it marked.
 * Each page is loaded fresh in a new tab; median of --runs. Options: --pages=a,b --runs=5 --articles=N (a reader's layer
 * of N learned articles stored first); BACKSTORY_CHROME_DIR picks the built extension (default .output/chrome-mv3).
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { defaultSettings } from '../utils/settings/defaults';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTraceEvents } from './bench/measure';
import { scriptCost } from './bench/trace';
import { EXTENSION_DIR, openExtensionSession, storeLayer, waitForMarksToSettle } from './lib/extension-session';
import { learnedLayer } from './learned-layer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGES = arg('pages', 'wikipedia-2,yahoo-2,guardian-1,nytimes-4,bbc-1').split(',');
const RUNS = Number(arg('runs', '5'));
const ARTICLES = Number(arg('articles', '0'));

/** Records, in the page, when the first mark of a name known from the story alone appears. */
function watchStoryMarks() {
  const w = window as unknown as { __storyMarkAt?: number };
  new MutationObserver(() => {
    if (w.__storyMarkAt === undefined && document.querySelector('mark[data-backstory-entity^="story:"]'))
      w.__storyMarkAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

/** Stores the settings with "Read along" on or off, as the options page would. */
async function setReadAlong(worker: Worker, on: boolean): Promise<void> {
  await worker.evaluate(
    async (settings) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
      };
      await chrome.storage.local.set({ settings });
    },
    { ...defaultSettings(), readAlong: on },
  );
}

/**
 * One fresh load of `url`: traced from before navigation until the marks have stayed put for a second. The cost is
 * every script of the extension's on the page (the content script, and the card's script reading along loads).
 */
async function measure(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(watchStoryMarks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'],
    },
  });
  await page.goto(url, { waitUntil: 'load' });
  const count = await waitForMarksToSettle(page, 1000, 30_000);
  const cost = scriptCost(await readTraceEvents(cdp), (script) => script.startsWith('chrome-extension://'));
  const loadToStoryMs = await page.evaluate(() => {
    const at = (window as unknown as { __storyMarkAt?: number }).__storyMarkAt;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return at === undefined || !nav ? null : at - nav.loadEventStart;
  });
  await page.close();
  return { ...cost, marks: count, loadToStoryMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const session = await openExtensionSession(path.join(root, 'tests/fixtures/pages'));
  try {
    if (ARTICLES > 0) {
      await storeLayer(session.worker, learnedLayer(ARTICLES));
      // One page load first, so the stored layer has been taken up before anything is timed.
      const warm = await session.context.newPage();
      await warm.goto(`${session.origin}/pages/${PAGES[0]}.html`, { waitUntil: 'load' });
      await waitForMarksToSettle(warm, 1000, 30_000);
      await warm.close();
    }
    const rows: string[] = [];
    for (const name of PAGES) {
      const url = `${session.origin}/pages/${name}.html`;
      for (const readAlong of [false, true]) {
        await setReadAlong(session.worker, readAlong);
        const runs = [];
        for (let k = 0; k < RUNS; k++) runs.push(await measure(session.context, url));
        const toStory = runs.flatMap((r) => (r.loadToStoryMs === null ? [] : [r.loadToStoryMs]));
        const row = `| ${name} | ${readAlong ? 'reading along' : 'bundled only'} | ${median(runs.map((r) => r.totalMs)).toFixed(1)} | ${median(runs.map((r) => r.longestTaskMs)).toFixed(1)} | ${median(runs.map((r) => r.marks))} | ${toStory.length ? median(toStory).toFixed(0) : '–'} |`;
        console.log(row);
        rows.push(row);
      }
    }
    console.log(
      `\n${EXTENSION_DIR}, ${ARTICLES} learned articles, the extension's scripts on fresh page loads, median of ${RUNS}:\n\n| page | mode | script ms | longest task ms | marks | load → story's names marked ms |\n|---|---|---|---|---|---|\n${rows.join('\n')}`,
    );
  } finally {
    await session.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
