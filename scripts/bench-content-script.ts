/**
 * `npm run bench:content-script`: what whole extensions cost a page, as the reader's browser runs them (real
 * Chromium, each page loaded fresh in a new tab, median of --runs). Side by side in one run: Backstory as built
 * (default settings, and "Read along" off), the re-based floor (walk the text, wrap the mentions with mark.js) and
 * naive mark.js and advanced-mark.js, each built here as a small MV3 extension with the same bundled dictionary, and
 * the page with no extension. Per extension: every main-thread task that ran its code (whole tasks from a trace, with
 * compile, style, layout and GC inside), the longest of them, the page's Long Tasks API entries, load → first mark,
 * marks and JS heap. Writes bench/results/content-script[-N-articles].json.
 * Options: --pages=a,b --runs=5 --articles=N (N learned articles stored; Backstory's rows only unless
 * --variants= says otherwise) --variants=backstory,floor,…; BACKSTORY_CHROME_DIR picks the built extension.
 */
import { readFile, stat, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../utils/settings/defaults';
import { openBrowserSession, storeLocal, type BrowserSession } from './bench/browser-session';
import { LABEL, VARIANTS, geomeans, medianLoad, table, type Row, type Variant } from './bench/content-script-report';
import { checkTargets, targetTable } from './bench/content-script-targets';
import type { BenchEntity } from './bench/dictionaries';
import { findAhead, writeFinder } from './bench/floor-ahead';
import { MINI_EXTENSIONS, buildMiniExtension, type MiniExtension } from './bench/mini-extensions';
import { measurePageLoad, type PageLoad } from './bench/page-load';
import { startServer } from './bench/server';
import { EXTENSION_DIR, MARK, storeLayer } from './lib/extension-session';
import { learnedLayer } from './learned-layer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGES = arg('pages', 'wikipedia-2,yahoo-2,guardian-1,nytimes-4,bbc-1').split(',');
const RUNS = Number(arg('runs', '5'));
const ARTICLES = Number(arg('articles', '0'));
const CHOSEN = arg('variants', ARTICLES > 0 ? 'backstory,backstory-no-read-along' : VARIANTS.join(',')).split(',');
const WANTED = VARIANTS.filter((v) => CHOSEN.includes(v));

const SELECTOR: Record<Variant, string> = {
  none: MARK,
  backstory: MARK,
  'backstory-no-read-along': MARK,
  floor: MARK,
  naive: 'mark[data-markjs]',
  advanced: 'mark[data-markjs]',
};

const SLOW_MS = 3000;

/** The bundled dictionary's names, as Backstory's first content script carries them. */
async function bundledEntities(): Promise<BenchEntity[]> {
  const dictionary = JSON.parse(await readFile(path.join(root, 'assets/dictionary.json'), 'utf8')) as {
    entities: BenchEntity[];
  };
  return dictionary.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases }));
}

/** Opens one browser per extension (the floor and the peers built into `tmp` first). */
async function openSessions(origin: string, tmp: string, entities: BenchEntity[]) {
  const sessions = new Map<Variant, BrowserSession>();
  // The browser without extensions finds the floor's mentions ahead, so it is there whenever the floor is.
  for (const v of new Set<Variant>([...(WANTED.includes('floor') ? ['none' as const] : []), ...WANTED])) {
    let dir: string | null = null;
    if (v === 'backstory' || v === 'backstory-no-read-along') dir = EXTENSION_DIR;
    else if ((MINI_EXTENSIONS as readonly string[]).includes(v)) {
      dir = path.join(tmp, v);
      await buildMiniExtension(v as MiniExtension, dir, entities);
    }
    sessions.set(v, await openBrowserSession(origin, dir));
  }
  const off = sessions.get('backstory-no-read-along')?.worker;
  if (off) await storeLocal(off, { settings: { ...defaultSettings(), readAlong: false } });
  return sessions;
}

/** Stores the learned layer in Backstory's browsers, and loads one page so it has been taken up before timing. */
async function storeArticles(sessions: Map<Variant, BrowserSession>, origin: string): Promise<void> {
  for (const v of ['backstory', 'backstory-no-read-along'] as const) {
    const s = sessions.get(v);
    if (!s?.worker) continue;
    await storeLayer(s.worker, learnedLayer(ARTICLES));
    await measurePageLoad(s.context, `${origin}/pages/${PAGES[0]}.html`, MARK);
  }
}

/** Every extension on `page`, --runs times, interleaved so that drift in the machine's load hits all alike. */
async function measurePage(sessions: Map<Variant, BrowserSession>, origin: string, page: string): Promise<Row[]> {
  const url = `${origin}/pages/${page}.html`;
  const floor = sessions.get('floor')?.worker;
  if (floor)
    await storeLocal(floor, {
      [`/pages/${page}.html`]: await findAhead(sessions.get('none')!.context, url, `${origin}/bench`),
    });
  const runs = new Map<Variant, PageLoad[]>(WANTED.map((v) => [v, []]));
  for (let k = 0; k < RUNS; k++)
    for (const v of WANTED) {
      const done = runs.get(v)!;
      // An extension that holds the page for seconds is measured once: its order of magnitude is the finding.
      if (k > 0 && done[0]!.totalMs > SLOW_MS) continue;
      done.push(await measurePageLoad(sessions.get(v)!.context, url, SELECTOR[v], v === 'none' ? 300 : 1000));
    }
  return WANTED.map((variant) => ({ page, variant, median: medianLoad(runs.get(variant)!), runs: runs.get(variant)! }));
}

async function main() {
  const tmp = await mkdtemp(path.join(tmpdir(), 'backstory-bench-extensions-'));
  const entities = await bundledEntities();
  await writeFinder(tmp, entities);
  const server = await startServer(path.join(root, 'tests/fixtures/pages'), tmp);
  const sessions = await openSessions(server.origin, tmp, entities);
  try {
    if (ARTICLES > 0) await storeArticles(sessions, server.origin);
    const rows: Row[] = [];
    for (const page of PAGES) {
      const done = await measurePage(sessions, server.origin, page);
      console.log(table(done).split('\n').slice(2).join('\n'));
      rows.push(...done);
    }
    await report(rows);
  } finally {
    for (const s of sessions.values()) await s.close();
    server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Prints the table, the geometric means and the targets, and writes them as JSON. */
async function report(rows: Row[]): Promise<void> {
  const contentBytes = (await stat(path.join(EXTENSION_DIR, 'content-scripts/content.js'))).size;
  const targets = checkTargets(rows, contentBytes / 1024, ARTICLES > 0);
  const g = geomeans(rows);
  const date = new Date().toISOString().slice(0, 10);
  const cores = cpus().length;
  console.log(
    `\n${date}, ${cores} cores, ${ARTICLES} learned articles, median of ${RUNS} fresh loads:\n\n${table(rows)}\n`,
  );
  console.log(
    Object.entries(g)
      .map(([v, ms]) => `${LABEL[v as Variant]}: ${ms.toFixed(1)} ms`)
      .join('; '),
  );
  console.log(`\n${targetTable(targets)}`);
  const out = path.join(
    root,
    'bench/results',
    ARTICLES > 0 ? `content-script-${ARTICLES}-articles.json` : 'content-script.json',
  );
  await mkdir(path.dirname(out), { recursive: true });
  const json = {
    date,
    cores,
    runs: RUNS,
    articles: ARTICLES,
    contentScriptBytes: contentBytes,
    geomeanMs: g,
    targets,
    rows,
  };
  await writeFile(out, JSON.stringify(json, null, 2) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
