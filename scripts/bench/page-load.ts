import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { readTraceEvents } from './measure';
import { extensionTaskCost } from './task-cost';

/** One fresh load of a page with one extension (or none). */
export interface PageLoad {
  /** Every task that ran the extension's code, summed, and the longest of them (ms). */
  totalMs: number;
  longestTaskMs: number;
  tasks: number;
  /** The page's Long Tasks API entries during the load: how many, and the longest (ms). */
  longTasks: number;
  longestLongTaskMs: number;
  /** From the page's `load` event to the first mark (ms); null when nothing was marked. */
  loadToFirstMarkMs: number | null;
  marks: number;
  /** JS heap used on the page's main thread once settled, after garbage collection (MB). */
  heapMb: number;
}

interface Watched {
  __longTasks: number[];
  __firstMarkAt?: number;
}

/** Runs in the page before its own scripts: records its long tasks and when the first mark appears. */
function watchPage(selector: string) {
  const w = window as unknown as Watched;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    w.__firstMarkAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
}

/** Waits until the count of `selector` has stayed put for `quietMs` (at most `timeoutMs`); returns it. */
async function settle(page: Page, selector: string, quietMs: number, timeoutMs: number): Promise<number> {
  let count = -1;
  let since = Date.now();
  for (const end = Date.now() + timeoutMs; Date.now() < end; await page.waitForTimeout(100)) {
    const now = await page.locator(selector).count();
    if (now !== count) [count, since] = [now, Date.now()];
    // Nothing marked may be the answer, but only after the extension has had a fair while.
    else if (Date.now() - since > (count === 0 ? 3 * quietMs : quietMs)) break;
  }
  return count;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

// Tasks, and the profiler's samples to tie them to the extension (see cpu-samples). The timeline's per-call events
// are left out: naive mark.js makes a million of them, which slows it several times over and overflows the trace.
const TRACE = ['toplevel', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/** Loads `url` in a new tab, traced from before navigation until the marks (`selector`) have stayed put `quietMs`. */
export async function measurePageLoad(
  context: BrowserContext,
  url: string,
  selector: string,
  quietMs = 1000,
): Promise<PageLoad> {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchPage, selector);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: TRACE, recordMode: 'recordAsMuchAsPossible' },
    });
    // Naive mark.js holds the page for up to a minute on the larger pages, before `load`.
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    const marks = await settle(page, selector, quietMs, 30_000);
    const cost = extensionTaskCost(await readTraceEvents(cdp), (u) => u.startsWith('chrome-extension://'));
    const seen = await page.evaluate(() => {
      const w = window as unknown as Watched;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const firstMark = w.__firstMarkAt === undefined || !nav ? null : w.__firstMarkAt - nav.loadEventStart;
      return { longTasks: w.__longTasks, firstMark };
    });
    return {
      ...cost,
      longTasks: seen.longTasks.length,
      longestLongTaskMs: Math.max(0, ...seen.longTasks),
      loadToFirstMarkMs: seen.firstMark,
      marks,
      heapMb: await heapMb(cdp),
    };
  } finally {
    await page.close();
  }
}
