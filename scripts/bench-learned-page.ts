/**
 * `npx tsx scripts/bench-learned-page.ts`: how long a saved page takes to be marked in real Chromium with the
 * built extension and a reader's layer of many learned articles (the generated benchmark layer).
 * Options: --page=nytimes-4 --articles=1000 --runs=5; BACKSTORY_CHROME_DIR picks the built extension.
 */
import { learnedLayer, PAGES_DIR } from './learned-layer';
import {
  EXTENSION_DIR as ext,
  MARK,
  openExtensionSession,
  storeLayer,
  waitForMarksToSettle,
} from './lib/extension-session';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGE = arg('page', 'nytimes-4');
const ARTICLES = Number(arg('articles', '1000'));
const RUNS = Number(arg('runs', '5'));

/** Milliseconds from navigation start to the first mark and to the last mark added (marks settled for 2 s). */
async function timeToMarked(context: import('playwright-core').BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    const w = window as unknown as { __first?: number; __last?: number };
    new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      const now = performance.now();
      w.__first ??= now;
      w.__last = now;
    }).observe(document, { childList: true, subtree: true });
  }, MARK);
  await page.goto(url, { waitUntil: 'load' });
  const count = await waitForMarksToSettle(page, 2000, 60_000);
  const times = await page.evaluate(() => {
    const w = window as unknown as { __first?: number; __last?: number };
    return { first: w.__first ?? NaN, last: w.__last ?? NaN };
  });
  await page.close();
  return { ...times, marks: count };
}

async function main() {
  const layer = learnedLayer(ARTICLES);
  const session = await openExtensionSession(PAGES_DIR);
  const { context, origin } = session;
  try {
    const { worker } = session;
    await storeLayer(worker, layer);
    const url = `${origin}/pages/${PAGE}.html`;
    await timeToMarked(context, url); // warm-up: caches, first build in the service worker
    const runs = [];
    for (let k = 0; k < RUNS; k++) {
      const r = await timeToMarked(context, url);
      runs.push(r);
      console.log(
        `#${k + 1}: first mark ${r.first.toFixed(0)} ms, last mark ${r.last.toFixed(0)} ms, ${r.marks} marks`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `${PAGE}, ${ARTICLES} learned articles, ${ext}: median first mark ${median(runs.map((r) => r.first)).toFixed(0)} ms, ` +
        `marked by ${median(runs.map((r) => r.last)).toFixed(0)} ms after navigation start`,
    );
  } finally {
    await session.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
