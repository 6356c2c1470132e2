import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { scriptCost, type TraceEvent } from './trace';
import type { Strategy } from './bundle';

/** What one fresh page load with one strategy cost. */
export interface Measurement {
  ok: boolean;
  error?: string;
  totalMs: number;
  longestTaskMs: number;
  marks: number;
  nodesAdded: number;
  /** JS heap the strategy still holds once done (after garbage collection), in MB. */
  heapMb: number;
  /** JS heap the dictionary itself takes on the page, in MB. */
  dictionaryHeapMb: number;
  /** The marked texts in page order, for checking that strategies agree. */
  marked: string[];
}

const MARK_SELECTOR: Record<Strategy, string> = {
  floor: 'mark[data-backstory-entity]',
  engine: 'mark[data-backstory-entity]',
  wrapping: 'mark[data-backstory-entity]',
  naive: 'mark[data-markjs]',
  advanced: 'mark[data-markjs]',
};

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

const countNodes = (page: Page) =>
  page.evaluate(() => {
    const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let n = 0;
    while (w.nextNode()) n++;
    return n;
  });

/** Ends the tracing started on `cdp` and returns its events. */
export async function readTraceEvents(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** Loads `pageUrl` in a fresh page, injects the dictionary and then the strategy, and measures it from a trace. */
export async function measure(
  context: BrowserContext,
  pageUrl: string,
  dictUrl: string,
  strategyUrl: string,
  strategy: Strategy,
  timeoutMs: number,
  prepareUrl?: string,
): Promise<Measurement> {
  let limit: ReturnType<typeof setTimeout> | undefined;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.goto(pageUrl, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(300);
    const heap0 = await heapMb(cdp);
    await page.addScriptTag({ url: dictUrl });
    const heap1 = await heapMb(cdp);
    if (prepareUrl) await page.addScriptTag({ url: prepareUrl });
    const nodes0 = await countNodes(page);
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'],
      },
    });
    // Neither the script tag's load nor the page's own wait can time out while the script blocks the main
    // thread, so the limit is kept from here.
    const result = await Promise.race([
      page
        .addScriptTag({ url: strategyUrl })
        .then(() =>
          page.waitForFunction(() => (window as unknown as { __benchDone?: unknown }).__benchDone, undefined, {
            timeout: timeoutMs,
            polling: 100,
          }),
        )
        .then((h) => h.jsonValue() as Promise<{ marks: number; status: string; error?: string }>)
        .catch(() => null),
      new Promise<null>((resolve) => (limit = setTimeout(() => resolve(null), timeoutMs))),
    ]);
    if (!result) return failed(`did not finish within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(100);
    const events = await readTraceEvents(cdp);
    const cost = scriptCost(events, strategyUrl);
    // A script that blocks the page longer than the limit has failed, even if it got there in the end.
    if (cost.totalMs > timeoutMs)
      return failed(`took ${(cost.totalMs / 1000).toFixed(0)} s, over ${timeoutMs / 1000} s`);
    const heap2 = await heapMb(cdp);
    const nodes1 = await countNodes(page);
    const marked = await page.$$eval(MARK_SELECTOR[strategy], (ms) => ms.map((m) => m.textContent ?? ''));
    return {
      ok: !result.error,
      error: result.error,
      totalMs: cost.totalMs,
      longestTaskMs: cost.longestTaskMs,
      marks: strategy === 'floor' ? 0 : marked.length,
      nodesAdded: nodes1 - nodes0,
      heapMb: heap2 - heap1,
      dictionaryHeapMb: heap1 - heap0,
      marked,
    };
  } catch (error) {
    return failed((error as Error).message.split('\n')[0]!);
  } finally {
    clearTimeout(limit);
    // Closing from the browser side works even when the page's main thread is stuck in a long script.
    await Promise.race([page.close({ runBeforeUnload: false }), new Promise((r) => setTimeout(r, 5000))]).catch(
      () => undefined,
    );
  }
}

function failed(error: string): Measurement {
  return {
    ok: false,
    error,
    totalMs: NaN,
    longestTaskMs: NaN,
    marks: 0,
    nodesAdded: 0,
    heapMb: NaN,
    dictionaryHeapMb: NaN,
    marked: [],
  };
}
