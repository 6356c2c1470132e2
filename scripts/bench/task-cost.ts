import { ourSampleTimes } from './cpu-samples';
import type { TraceEvent } from './trace';

/** What an extension's tasks cost a page's main thread: whole tasks, with everything that ran inside them. */
export interface TaskCost {
  /** Summed duration of every task that ran the extension's code, in ms. */
  totalMs: number;
  longestTaskMs: number;
  tasks: number;
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

interface Span {
  start: number;
  end: number;
}

/** Main threads of renderers: where a page's tasks run (an extension's background runs elsewhere). */
function mainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Outermost task spans, in order: a task nested in another (a run loop inside a task) is part of it. */
function outermost(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/**
 * The whole tasks that ran code from a URL `isOurs` accepts: a task counts, start to end, when any event inside it
 * names such a URL (script evaluation, function calls) or a profiler sample inside it has such code on the stack. Compilation, style, layout and garbage collection inside the
 * task are counted with it, as the reader feels them as one stuck page.
 */
export function extensionTaskCost(events: TraceEvent[], isOurs: (url: string) => boolean): TaskCost {
  const mains = mainThreads(events);
  const tasks = new Map<string, Span[]>();
  // Moments the extension's code was running: events naming its script, and profiler samples with it on the stack.
  const marks = ourSampleTimes(events, isOurs);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key) || e.ph !== 'X' || e.dur === undefined) continue;
    if (TASK.has(e.name)) {
      if (!tasks.has(key)) tasks.set(key, []);
      tasks.get(key)!.push({ start: e.ts, end: e.ts + e.dur });
    } else if (e.args?.data?.url && isOurs(e.args.data.url)) {
      if (!marks.has(key)) marks.set(key, []);
      marks.get(key)!.push(e.ts);
    }
  }
  let total = 0;
  let longest = 0;
  let count = 0;
  for (const [key, spans] of tasks) {
    const ours = (marks.get(key) ?? []).sort((a, b) => a - b);
    let i = 0;
    for (const t of outermost(spans)) {
      while (i < ours.length && ours[i]! < t.start) i++;
      if (i >= ours.length || ours[i]! >= t.end) continue;
      total += t.end - t.start;
      longest = Math.max(longest, t.end - t.start);
      count++;
    }
  }
  return { totalMs: total / 1000, longestTaskMs: longest / 1000, tasks: count };
}
