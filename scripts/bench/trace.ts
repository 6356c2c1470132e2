/** One event of a Chromium trace, as much of it as the benchmark reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Script-running events: their outermost instances are the time a script costs the main thread. */
const SCRIPT = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'RunMicrotasks',
  'EventDispatch',
  'v8.callFunction',
]);
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Main-thread cost of the script at `url`: summed outermost script events, and the longest task they ran in. */
export interface ScriptCost {
  totalMs: number;
  longestTaskMs: number;
  tasks: number;
}

interface Span {
  name: string;
  start: number;
  end: number;
  url?: string;
}

/**
 * Attributes main-thread time to the script at `url`. Within each task, an outermost script event counts when it,
 * or any script event inside it, names that URL (timer and microtask events carry no URL themselves).
 */
export function scriptCost(events: TraceEvent[], url: string | ((url: string) => boolean)): ScriptCost {
  const isOurs =
    typeof url === 'string' ? (u: string | undefined) => u === url : (u: string | undefined) => !!u && url(u);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, { tasks: Span[]; scripts: Span[] }>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key) || e.ph !== 'X' || e.dur === undefined) continue;
    const span = { name: e.name, start: e.ts, end: e.ts + e.dur, url: e.args?.data?.url };
    let t = byThread.get(key);
    if (!t) byThread.set(key, (t = { tasks: [], scripts: [] }));
    if (TASK.has(e.name)) t.tasks.push(span);
    else if (SCRIPT.has(e.name)) t.scripts.push(span);
  }
  let total = 0;
  let longest = 0;
  let count = 0;
  for (const { tasks, scripts } of byThread.values()) {
    scripts.sort((a, b) => a.start - b.start || b.end - a.end);
    tasks.sort((a, b) => a.start - b.start);
    // Outermost script events, each with the URLs seen inside it.
    const outer: { span: Span; ours: boolean }[] = [];
    for (const s of scripts) {
      const last = outer[outer.length - 1];
      if (last && s.start < last.span.end) {
        if (isOurs(s.url)) last.ours = true;
      } else outer.push({ span: s, ours: isOurs(s.url) });
    }
    let ti = 0;
    for (const o of outer) {
      if (!o.ours) continue;
      total += o.span.end - o.span.start;
      count++;
      while (ti < tasks.length && tasks[ti]!.end <= o.span.start) ti++;
      const task = tasks[ti];
      const inTask = task && task.start <= o.span.start ? task.end - task.start : o.span.end - o.span.start;
      longest = Math.max(longest, inTask);
    }
  }
  return { totalMs: total / 1000, longestTaskMs: longest / 1000, tasks: count };
}
