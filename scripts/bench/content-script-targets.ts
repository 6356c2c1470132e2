import { geomeans, type Row, type Variant } from './content-script-report';

/** One of the targets, with the figure measured against it. */
export interface Target {
  target: string;
  measured: string;
  met: boolean;
}

const of = (rows: Row[], v: Variant) => rows.filter((r) => r.variant === v);
const worst = (rows: Row[], pick: (r: Row) => number) => Math.max(...rows.map(pick));

/** Backstory as built (default settings) against the targets; `contentKb` is its first content script. */
export function checkTargets(rows: Row[], contentKb: number, learned: boolean): Target[] {
  const b = of(rows, 'backstory');
  if (!b.length) return [];
  const longest = worst(b, (r) => r.median.longestTaskMs);
  // Medians hide the load that stuck: the worst single load is shown beside them.
  const single = worst(b, (r) => Math.max(...r.runs.map((x) => x.longestTaskMs)));
  const targets: Target[] = [
    {
      target: 'no task over 50 ms (goal 16 ms)',
      measured: `longest ${longest.toFixed(0)} ms (median), ${single.toFixed(0)} ms (worst load)`,
      met: longest <= 50,
    },
  ];
  if (learned) return targets;
  const g = geomeans(rows);
  const floorRatio = worst(b, (r) => {
    const floor = rows.find((f) => f.variant === 'floor' && f.page === r.page);
    return floor ? r.median.totalMs / floor.median.totalMs : NaN;
  });
  // A page where the story has none of the dictionary's names has no first mark to time.
  const marked = b.filter((r) => r.median.loadToFirstMarkMs !== null);
  const first = worst(marked, (r) => r.median.loadToFirstMarkMs!);
  const ratio = (v: Variant) => (g[v] ?? NaN) / (g.backstory ?? NaN);
  targets.push(
    { target: 'within 2× the floor on every page', measured: `up to ${floorRatio.toFixed(1)}×`, met: floorRatio <= 2 },
    {
      target: '≥3× cheaper than advanced-mark.js (geometric mean)',
      measured: `${ratio('advanced').toFixed(2)}×`,
      met: ratio('advanced') >= 3,
    },
    {
      target: '≥30× cheaper than naive mark.js (geometric mean)',
      measured: `${ratio('naive').toFixed(1)}×`,
      met: ratio('naive') >= 30,
    },
    { target: 'first mark within 100 ms of load', measured: `up to ${first.toFixed(0)} ms`, met: first <= 100 },
    { target: 'first content script ≤ 60 KB', measured: `${contentKb.toFixed(1)} KB`, met: contentKb <= 60 },
  );
  // A comparison with an extension left out of the run (--variants) has nothing to say.
  return targets.filter((t) => !t.measured.includes('NaN'));
}

export const targetTable = (targets: Target[]) =>
  [
    '| target | Backstory | |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'met' : 'missed'} |`),
  ].join('\n');
