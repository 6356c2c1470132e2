/**
 * `npm run bench:content-script`: what the built extension's whole content script costs a page, in real
 * Chromium: main-thread time in its own script events (evaluation, callbacks, timers, observers, from a performance
 * trace, as `npm run bench` measures the engine), the longest of its tasks, and how many names it marked.
 * Each page is loaded fresh in a new tab; median of --runs. Options: --pages=a,b --runs=5; BACKSTORY_CHROME_DIR picks
 * the built extension (default .output/chrome-mv3).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './bench/server';
import { readTraceEvents } from './bench/measure';
import { scriptCost } from './bench/trace';
import { CHROMIUM_PATH, chromiumFlags } from './lib/chromium-flags';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGES = arg('pages', 'wikipedia-2,yahoo-2,guardian-1,nytimes-4,bbc-1').split(',');
const RUNS = Number(arg('runs', '5'));
const ext = path.resolve(root, process.env.BACKSTORY_CHROME_DIR ?? '.output/chrome-mv3');
const MARK = 'mark[data-backstory-entity]';

/** One fresh load of `url`: traced from before navigation until the marks have stayed put for a second. */
async function measure(context: BrowserContext, url: string, scriptUrl: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'],
    },
  });
  await page.goto(url, { waitUntil: 'load' });
  let count = -1;
  let stableSince = Date.now();
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const now = await page.locator(MARK).count();
    if (now !== count || now === 0) {
      count = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1000) break;
    await page.waitForTimeout(100);
  }
  const cost = scriptCost(await readTraceEvents(cdp), scriptUrl);
  await page.close();
  return { ...cost, marks: count };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!existsSync(path.join(ext, 'manifest.json'))) throw new Error(`no built extension at ${ext}: npm run build`);
  const server = await startServer(path.join(root, 'tests/fixtures/pages'), path.join(root, 'bench/tmp'));
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'backstory-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: chromiumFlags({ extensionDir: ext }),
  });
  // Nothing but the local server is reachable.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
  );
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const scriptUrl = new URL('content-scripts/content.js', worker.url()).href;
    const rows: string[] = [];
    for (const name of PAGES) {
      const url = `${server.origin}/pages/${name}.html`;
      const runs = [];
      for (let k = 0; k < RUNS; k++) runs.push(await measure(context, url, scriptUrl));
      const row = `| ${name} | ${median(runs.map((r) => r.totalMs)).toFixed(1)} | ${median(runs.map((r) => r.longestTaskMs)).toFixed(1)} | ${median(runs.map((r) => r.marks))} |`;
      console.log(row);
      rows.push(row);
    }
    console.log(
      `\nContent script on fresh page loads, median of ${RUNS}:\n\n| page | script ms | longest task ms | marks |\n|---|---|---|---|\n${rows.join('\n')}`,
    );
  } finally {
    await context.close();
    server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
