import type { Strategy } from './bundle';
import type { Measurement } from './measure';

/** Median figures of one strategy on one page with one dictionary. */
export interface Cell {
  ok: boolean;
  error?: string;
  runs: number;
  totalMs: number;
  longestTaskMs: number;
  marks: number;
  nodesAdded: number;
  heapMb: number;
  dictionaryHeapMb: number;
  /** Marks that differ from the engine's (texts in page order), when both finished; undefined for the engine itself. */
  differsFromEngine?: number;
}

export interface Row {
  page: string;
  dictionary: string;
  aliases: number;
  cells: Partial<Record<Strategy, Cell>>;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Summarises repeated measurements into medians; a strategy counts as failed if any run failed. */
export function summarise(runs: Measurement[]): Cell {
  const bad = runs.find((r) => !r.ok);
  const good = runs.filter((r) => r.ok);
  return {
    ok: !bad,
    error: bad?.error,
    runs: runs.length,
    totalMs: median(good.map((r) => r.totalMs)),
    longestTaskMs: median(good.map((r) => r.longestTaskMs)),
    marks: median(good.map((r) => r.marks)),
    nodesAdded: median(good.map((r) => r.nodesAdded)),
    heapMb: median(good.map((r) => r.heapMb)),
    dictionaryHeapMb: median(good.map((r) => r.dictionaryHeapMb)),
  };
}

/** How many marked texts appear in one list and not the other (as multisets). */
export function difference(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let diff = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else diff++;
  }
  for (const n of counts.values()) diff += n;
  return diff;
}

const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
/** A failure as a table can show it: the regex engine's stack overflow named as such, anything else cut short. */
const why = (error = '?') =>
  /stack overflow/i.test(error) ? 'its regular expression overflowed the stack' : error.slice(0, 60);
const cellText = (c: Cell | undefined) =>
  !c ? 'skipped' : c.ok ? `${ms(c.totalMs)} / ${ms(c.longestTaskMs)}` : `failed (${why(c.error)})`;

/** The results as a markdown table: total main-thread ms / longest task ms per strategy, and the engine's details. */
export function markdownTable(rows: Row[]): string {
  const head =
    '| page | dictionary | floor | Backstory | mark.js wrapping alone | naive mark.js | advanced-mark.js | marks (B / naive / adv.) | DOM nodes added (B) | heap MB (B engine + dictionary) |\n' +
    '|---|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    const { floor, engine, wrapping, naive, advanced } = r.cells;
    const marks = [engine, naive, advanced].map((c) => (c?.ok ? String(c.marks) : '–')).join(' / ');
    const diff = [naive, advanced]
      .map((c) => (c?.differsFromEngine ? ` Δ${c.differsFromEngine}` : ''))
      .join('')
      .trim();
    const heap = engine?.ok ? `${engine.heapMb.toFixed(1)} + ${engine.dictionaryHeapMb.toFixed(1)}` : '–';
    return `| ${r.page} | ${r.dictionary} (${r.aliases}) | ${cellText(floor)} | ${cellText(engine)} | ${cellText(wrapping)} | ${cellText(naive)} | ${cellText(advanced)} | ${marks}${diff ? ` (${diff})` : ''} | ${engine?.ok ? engine.nodesAdded : '–'} | ${heap} |`;
  });
  return [head, ...lines].join('\n');
}

const geo = (xs: number[]) => {
  const ok = xs.filter((x) => Number.isFinite(x) && x > 0);
  return ok.length ? Math.exp(ok.reduce((s, x) => s + Math.log(x), 0) / ok.length) : NaN;
};

/** Geometric-mean ratios per dictionary, and the worst task, checked against the targets. */
export function summaryLines(rows: Row[]): string[] {
  const dicts = [...new Set(rows.map((r) => r.dictionary))];
  return dicts.map((d) => {
    const rs = rows.filter((r) => r.dictionary === d);
    const ratio = (a: Strategy, b: Strategy) =>
      geo(rs.map((r) => (r.cells[a]?.ok && r.cells[b]?.ok ? r.cells[a]!.totalMs / r.cells[b]!.totalMs : NaN)));
    const peer = (p: Strategy, label: string) => {
      const failed = rs.filter((r) => !r.cells[p]?.ok).length;
      const r = ratio(p, 'engine');
      const note = failed
        ? ` (failed, or skipped after failing on a smaller dictionary, on ${failed} of ${rs.length} pages)`
        : '';
      return Number.isNaN(r)
        ? `${label} failed (or was skipped after failing with a smaller dictionary) on every page`
        : `${label} = ${r.toFixed(1)}× Backstory${note}`;
    };
    const worst = Math.max(...rs.map((r) => (r.cells.engine?.ok ? r.cells.engine.longestTaskMs : NaN)));
    const heap = Math.max(
      ...rs.map((r) => (r.cells.engine?.ok ? r.cells.engine.heapMb + r.cells.engine.dictionaryHeapMb : NaN)),
    );
    const wrapping = ratio('wrapping', 'floor');
    const alone = Number.isNaN(wrapping) ? '' : ` (mark.js wrapping alone = ${wrapping.toFixed(1)}× floor)`;
    return (
      `- ${d}: Backstory = ${ratio('engine', 'floor').toFixed(1)}× floor${alone}; ${peer('naive', 'naive mark.js')}; ` +
      `${peer('advanced', 'advanced-mark.js')}; longest Backstory task ${worst.toFixed(1)} ms; ` +
      `heap (engine + dictionary) up to ${heap.toFixed(1)} MB`
    );
  });
}
