import type { Browser, Page } from 'playwright-core';

/** Main-thread tasks in which the extension's scripts ran, from a Chromium performance trace. */
export interface ExtensionTasks {
  count: number;
  /** Sum of the durations of those tasks, in ms. */
  totalMs: number;
  /** The longest of them, in ms (layout and style work the extension caused inside the task included). */
  longestMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string }; name?: string };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Starts a trace of `page`; the returned function stops it and sums the tasks the extension's scripts ran in. */
export async function traceExtensionTasks(browser: Browser, page: Page, extensionId: string) {
  await browser.startTracing(page, { categories: CATEGORIES });
  return async (): Promise<ExtensionTasks> => {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return extensionTasks(trace.traceEvents, `chrome-extension://${extensionId}/`);
  };
}

/** Finds the renderer main-thread tasks that contain a script event from `origin` and measures them. */
export function extensionTasks(events: TraceEvent[], origin: string): ExtensionTasks {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, { tasks: TraceEvent[]; scripts: TraceEvent[] }>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mainThreads.has(thread)) continue;
    const bucket = byThread.get(thread) ?? { tasks: [], scripts: [] };
    byThread.set(thread, bucket);
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') bucket.tasks.push(e);
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    if (url.startsWith(origin)) bucket.scripts.push(e);
  }
  const result: ExtensionTasks = { count: 0, totalMs: 0, longestMs: 0 };
  for (const { tasks, scripts } of byThread.values()) {
    scripts.sort((a, b) => a.ts - b.ts);
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      // Binary search for the first script event starting at or after the task's start.
      let lo = 0;
      let hi = scripts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (scripts[mid]!.ts < task.ts) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= scripts.length || scripts[lo]!.ts > end) continue;
      const ms = (task.dur ?? 0) / 1000;
      result.count += 1;
      result.totalMs += ms;
      result.longestMs = Math.max(result.longestMs, ms);
    }
  }
  return result;
}
