import type { Browser, Page } from 'playwright-core';

/** Main-thread tasks in which the extension's scripts ran, from a Chromium performance trace. */
export interface ExtensionTasks {
  count: number;
  /** Sum of the durations of those tasks, in ms. */
  totalMs: number;
  /** The longest of them, in ms (layout and style work the extension caused inside the task included). */
  longestMs: number;
  /** What the longest task spent its time on: the biggest event kinds inside it, in ms. */
  longestBreakdown: string;
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
  const byThread = new Map<string, { tasks: TraceEvent[]; scripts: TraceEvent[]; all: TraceEvent[] }>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mainThreads.has(thread)) continue;
    const bucket = byThread.get(thread) ?? { tasks: [], scripts: [], all: [] };
    byThread.set(thread, bucket);
    bucket.all.push(e);
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') bucket.tasks.push(e);
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    if (url.startsWith(origin)) bucket.scripts.push(e);
  }
  const result: ExtensionTasks = { count: 0, totalMs: 0, longestMs: 0, longestBreakdown: '' };
  for (const { tasks, scripts, all } of byThread.values()) {
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
      if (ms <= result.longestMs) continue;
      result.longestMs = ms;
      result.longestBreakdown = breakdown(all, task);
    }
  }
  return result;
}

/** The event kinds that took longest directly inside `task` (self time is not separated; nesting overlaps). */
function breakdown(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e === task || e.ts < task.ts || e.ts > end || e.name === task.name) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');
}
