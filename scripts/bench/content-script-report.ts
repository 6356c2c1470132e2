import type { PageLoad } from './page-load';

/** The extensions measured side by side, as the table names them. */
export const VARIANTS = ['none', 'backstory', 'backstory-no-read-along', 'floor', 'naive', 'advanced'] as const;
export type Variant = (typeof VARIANTS)[number];

export const LABEL: Record<Variant, string> = {
  none: 'no extension',
  backstory: 'Backstory',
  'backstory-no-read-along': 'Backstory, "Read along" off',
  floor: 'floor + mark.js wrapping',
  naive: 'naive mark.js',
  advanced: 'advanced-mark.js',
};

/** Median of each figure over the runs of one extension on one page. */
export interface Row {
  page: string;
  variant: Variant;
  median: PageLoad;
  runs: PageLoad[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function medianLoad(runs: PageLoad[]): PageLoad {
  const m = (pick: (r: PageLoad) => number) => median(runs.map(pick));
  const firsts = runs.flatMap((r) => (r.loadToFirstMarkMs === null ? [] : [r.loadToFirstMarkMs]));
  return {
    totalMs: m((r) => r.totalMs),
    longestTaskMs: m((r) => r.longestTaskMs),
    tasks: m((r) => r.tasks),
    longTasks: m((r) => r.longTasks),
    longestLongTaskMs: m((r) => r.longestLongTaskMs),
    loadToFirstMarkMs: firsts.length ? median(firsts) : null,
    marks: m((r) => r.marks),
    heapMb: m((r) => r.heapMb),
  };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** The markdown table of the medians. */
export function table(rows: Row[]): string {
  const head =
    '| page | extension | its tasks ms (n) | longest task ms | Long Tasks API (n, longest ms) | load → first mark ms | marks | JS heap MB |\n|---|---|---|---|---|---|---|---|';
  const most = Math.max(...rows.map((r) => r.runs.length));
  const lines = rows.map(({ page, variant, median: r, runs }) => {
    const first = r.loadToFirstMarkMs === null ? '–' : r.loadToFirstMarkMs.toFixed(0);
    const longTasks = r.longTasks ? `${r.longTasks}, ${ms(r.longestLongTaskMs)}` : '0';
    const own = variant === 'none' ? '–' : `${ms(r.totalMs)} (${r.tasks})`;
    const longest = variant === 'none' ? '–' : ms(r.longestTaskMs);
    // † marks an extension measured on one load only, as it held the page for seconds.
    const label = runs.length < most ? `${LABEL[variant]} †` : LABEL[variant];
    return `| ${page} | ${label} | ${own} | ${longest} | ${longTasks} | ${first} | ${r.marks} | ${r.heapMb.toFixed(1)} |`;
  });
  return [head, ...lines].join('\n');
}

const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(Math.max(x, 1e-3)), 0) / xs.length);

/** Geometric mean over the pages of each extension's summed task time. */
export function geomeans(rows: Row[]): Partial<Record<Variant, number>> {
  const out: Partial<Record<Variant, number>> = {};
  for (const v of VARIANTS) {
    const xs = rows.filter((r) => r.variant === v).map((r) => r.median.totalMs);
    if (xs.length && v !== 'none') out[v] = geomean(xs);
  }
  return out;
}
