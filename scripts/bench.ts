/**
 * `npm run bench`: annotation cost on saved news pages in one headless Chromium run. Compares the floor (read every
 * text node), Backstory's engine, naive mark.js and advanced-mark.js, median of fresh page loads, measured from a
 * performance trace. Options: --pages=a,b --sizes=bundled,1000,learned-1000 --runs=5 --strategies=floor,engine --resume
 * --reuse=naive,advanced (take those strategies' cells from the last results instead of measuring them again: the
 * peers take most of an hour and do not change when Backstory does).
 */
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleStrategies, PREPARE, STRATEGIES, TMP, type Strategy } from './bench/bundle';
import { aliasCount, realNames, syntheticDictionary, type BenchEntity } from './bench/dictionaries';
import { measure, type Measurement } from './bench/measure';
import { learnedPageDictionary } from './learned-layer';
import { difference, markdownTable, summarise, summaryLines, type Row } from './bench/report';
import { startServer } from './bench/server';
import { CHROMIUM_PATH, chromiumFlags } from './lib/chromium-flags';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGES = arg('pages', 'wikipedia-2,yahoo-2,guardian-1,nytimes-4,bbc-1').split(',');
const SIZES = arg('sizes', 'bundled,1000,10000,100000,learned-1000').split(',');
const RUNS = Number(arg('runs', '5'));
const WANTED = arg('strategies', STRATEGIES.join(',')).split(',') as Strategy[];
const REUSED = arg('reuse', '').split(',').filter(Boolean) as Strategy[];
const TIMEOUT_MS = 60_000;
const MIN_BUNDLED = 80;
const SLOW_MS = 20_000;

async function dictionaries(pageFiles: string[]): Promise<{ name: string; entities: BenchEntity[] }[]> {
  const real = await realNames(pageFiles, 150);
  const bundled = JSON.parse(await readFile(path.join(root, 'assets/dictionary.json'), 'utf8')) as {
    entities: BenchEntity[];
  };
  return SIZES.map((size) => {
    // learned-N: the bundled dictionary with a reader's layer of N learned articles, as the content script matches it.
    const learned = /^learned-(\d+)$/.exec(size);
    if (learned)
      return {
        name: size,
        entities: learnedPageDictionary(Number(learned[1])).entities.map(({ id, name, type, aliases }) => ({
          id,
          name,
          type,
          aliases,
        })),
      };
    if (size !== 'bundled')
      return {
        name: `${Number(size).toLocaleString('en')} aliases`,
        entities: syntheticDictionary(Number(size), real),
      };
    // The bundled dictionary itself when it has grown to a useful size, else one of the same order made of real names.
    const own = aliasCount(bundled.entities) >= MIN_BUNDLED;
    return own
      ? { name: 'bundled', entities: bundled.entities }
      : { name: `bundled-size`, entities: syntheticDictionary(MIN_BUNDLED, real) };
  });
}

async function main() {
  await bundleStrategies();
  const pagesDir = path.join(root, 'tests/fixtures/pages');
  const dicts = await dictionaries(PAGES.map((p) => path.join(pagesDir, `${p}.html`)));
  for (const [i, d] of dicts.entries())
    await writeFile(
      path.join(TMP, `dict-${i}.js`),
      `window.__benchDictionary=${JSON.stringify({ entities: d.entities })};`,
    );
  const server = await startServer(pagesDir, TMP);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: chromiumFlags(),
  });
  // --resume keeps the rows of an earlier, interrupted run and measures only what is missing.
  const rows: Row[] = process.argv.includes('--resume') ? await earlierRows() : [];
  const previous = REUSED.length ? await earlierRows() : [];
  try {
    for (const [di, dict] of dicts.entries()) {
      for (const page of PAGES) {
        if (rows.some((r) => r.page === page && r.dictionary === dict.name)) continue;
        const row: Row = { page, dictionary: dict.name, aliases: aliasCount(dict.entities), cells: {} };
        const firstMarks: Partial<Record<Strategy, string[]>> = {};
        for (const strategy of REUSED) {
          const cell = previous.find((r) => r.page === page && r.dictionary === dict.name)?.cells[strategy];
          if (cell) row.cells[strategy] = cell;
        }
        for (const strategy of WANTED.filter((s) => !REUSED.includes(s))) {
          // mark.js that failed or timed out with a smaller dictionary is not run with a larger one.
          const smaller = rows.filter((r) => r.page === page && r.aliases < row.aliases);
          if (smaller.some((r) => !r.cells[strategy]?.ok)) continue;
          const runs: Measurement[] = [];
          for (let k = 0; k < RUNS; k++) {
            const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
            await context.route('**/*', (route) =>
              route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
            );
            const m = await measure(
              context,
              `${server.origin}/pages/${page}.html`,
              `${server.origin}/bench/dict-${di}.js`,
              `${server.origin}/bench/${strategy}.js`,
              strategy,
              TIMEOUT_MS,
              PREPARE[strategy] && `${server.origin}/bench/${PREPARE[strategy]}.js`,
            );
            await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
            runs.push(m);
            if (k === 0) firstMarks[strategy] = m.marked;
            process.stdout.write(
              `${dict.name} ${page} ${strategy} #${k + 1}: ${m.ok ? `${m.totalMs.toFixed(1)} ms, longest ${m.longestTaskMs.toFixed(1)} ms, ${m.marks} marks` : `failed: ${m.error}`}\n`,
            );
            // A peer that needs this long once is not made to repeat it: one figure says enough.
            if (!m.ok || m.totalMs > SLOW_MS) break;
          }
          row.cells[strategy] = summarise(runs);
        }
        for (const s of ['naive', 'advanced'] as const)
          // A reused cell keeps the difference it was measured with (the engine's marks are the same ones).
          if (row.cells[s]?.ok && row.cells.engine?.ok && firstMarks[s])
            row.cells[s]!.differsFromEngine = difference(firstMarks.engine ?? [], firstMarks[s] ?? []);
        rows.push(row);
        await writeResults(rows, browser.version());
      }
    }
    await writeResults(rows, browser.version());
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\n${markdownTable(rows)}\n\n${summaryLines(rows).join('\n')}\n`);
}

async function earlierRows(): Promise<Row[]> {
  try {
    return (JSON.parse(await readFile(path.join(root, 'bench/results/annotate.json'), 'utf8')) as { rows: Row[] }).rows;
  } catch {
    return [];
  }
}

/** Writes the JSON and the markdown table; called after every row so a long run keeps what it has measured. */
async function writeResults(rows: Row[], chromium: string): Promise<void> {
  // Smallest dictionary first, pages in the order asked for, however the rows were gathered (--resume adds at the end).
  const page = (r: Row) => PAGES.indexOf(r.page);
  rows.sort((a, b) => a.aliases - b.aliases || page(a) - page(b));
  const table = markdownTable(rows);
  const summary = summaryLines(rows).join('\n');
  const out = path.join(root, 'bench/results');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'annotate.json'), JSON.stringify({ runs: RUNS, chromium, rows }, null, 2) + '\n');
  await writeFile(
    path.join(out, 'README.md'),
    `# Annotation benchmark\n\n\`npm run bench\`: headless Chromium, pages served from localhost, median of ${RUNS} fresh page loads (a peer slower than ${SLOW_MS / 1000} s is run once). ` +
      "Each cell: main-thread time in the strategy's own scripts (ms, outermost script events from a performance trace) / longest task (ms). " +
      "mark.js wrapping alone: the engine's own mark.js step, handed the mentions already found (a lower bound for any engine that wraps with mark.js). " +
      "Marks: Backstory / naive mark.js / advanced-mark.js, with Δ = marks that differ from Backstory's. Heap: what the engine holds after the run + what the dictionary takes.\n\n" +
      `${table}\n\n${summary}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
