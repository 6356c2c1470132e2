/**
 * `npm run measure:read-along`: reading along on the saved news pages held back from the builder's rules
 * (tests/gold-dev/held-back.json, pages in tests/fixtures/news/), with default settings in real Chromium, against the
 * hand-made gold. Per page: the people, organisations and places the story names that are marked; of the people,
 * those whose hover card says what the gold asks (its description groups); marks of names known from the story alone
 * that sit outside the story's text; the extension's main-thread time and longest task (trace); and the time from the
 * page's `load` to the first mark of a story name. Options: --pages=a,b.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { sendToTab } from '../tests/e2e/helpers/content-messages';
import type { ChromiumWithExtension } from '../tests/e2e/helpers/launch-chromium';
import { readTraceEvents } from './bench/measure';
import { scriptCost } from './bench/trace';
import { openExtensionSession, waitForMarksToSettle } from './lib/extension-session';
import { LOCAL_ONLY_CSP } from '../tests/e2e/helpers/fixture-pages';
import {
  foldName,
  goldNames,
  goldText,
  heldBackNewsPages,
  marksWithPlace,
  saysWhatStorySays,
} from '../tests/e2e/helpers/story-gold';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const PAGES = arg('pages')?.split(',') ?? heldBackNewsPages();
const CARD = 'backstory-card [role="dialog"]';

/** Records, in the page, when the first mark of a name known from the story alone appears. */
function watchStoryMarks() {
  const w = window as unknown as { __storyMarkAt?: number };
  new MutationObserver(() => {
    if (w.__storyMarkAt === undefined && document.querySelector('mark[data-backstory-entity^="story:"]'))
      w.__storyMarkAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

interface PageFigures {
  page: string;
  names: number;
  marked: number;
  people: number;
  peopleRight: number;
  storyMarks: number;
  outside: number;
  scriptMs: number;
  longestTaskMs: number;
  loadToStoryMs: number | null;
  handoverMs: number | null;
}

/** The text of the hover card of the first mark that reads as one of `forms`, or '' when none opens. */
async function cardText(page: Page, forms: string[]): Promise<string> {
  const wanted = new Set(forms.map(foldName));
  const marks = page.locator('mark[data-backstory-entity]');
  const count = await marks.count();
  for (let i = 0; i < count; i++) {
    const mark = marks.nth(i);
    if (!wanted.has(foldName((await mark.textContent()) ?? ''))) continue;
    if (!(await mark.isVisible())) continue;
    // The last card closes first, so the card read next is this name's.
    await page.mouse.move(0, 0);
    await page.locator(CARD).waitFor({ state: 'hidden', timeout: 5_000 });
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator(CARD);
    try {
      await card.waitFor({ timeout: 3_000 });
    } catch {
      continue;
    }
    const text = (await card.textContent()) ?? '';
    await page.mouse.move(0, 0);
    return text;
  }
  return '';
}

async function measure(context: BrowserContext, worker: Worker, origin: string, name: string): Promise<PageFigures> {
  const page = await context.newPage();
  // tsx names the functions it compiles with a helper of its own; the page needs it to run them.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(watchStoryMarks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'],
    },
  });
  await page.goto(`${origin}/pages/${name}.html`, { waitUntil: 'load' });
  // The story's names arrive a little after `load`; the marks settle after that.
  await page
    .waitForFunction(() => document.querySelector('mark[data-backstory-entity^="story:"]'), null, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  await waitForMarksToSettle(page, 1_500, 30_000);
  const cost = scriptCost(await readTraceEvents(cdp), (url) => url.startsWith('chrome-extension://'));
  const loadToStoryMs = await page.evaluate(() => {
    const at = (window as unknown as { __storyMarkAt?: number }).__storyMarkAt;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return at === undefined || !nav ? null : at - nav.loadEventStart;
  });
  const report = await sendToTab(
    { worker: async () => worker } as unknown as ChromiumWithExtension,
    page.url(),
    'popup:get-page-report',
  ).catch(() => undefined);
  const handoverMs = report?.readAlong?.handoverMs ?? null;
  const gold = goldNames(name);
  const marks = await page.evaluate(marksWithPlace, goldText(name));
  const markedTexts = new Set(marks.map((m) => foldName(m.text)));
  const marked = gold.filter((g) => g.forms.some((f) => markedTexts.has(foldName(f))));
  const people = marked.filter((g) => g.type === 'person' && g.mustMention.length > 0);
  let peopleRight = 0;
  for (const person of people)
    if (saysWhatStorySays(await cardText(page, person.forms), person.mustMention)) peopleRight++;
  const storyMarks = marks.filter((m) => m.id.startsWith('story:'));
  await page.close();
  return {
    page: name,
    names: gold.length,
    marked: marked.length,
    people: people.length,
    peopleRight,
    storyMarks: storyMarks.length,
    outside: storyMarks.filter((m) => !m.inStory).length,
    scriptMs: cost.totalMs,
    longestTaskMs: cost.longestTaskMs,
    loadToStoryMs,
    handoverMs,
  };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '–');

async function main() {
  const session = await openExtensionSession(path.join(root, 'tests/fixtures/news'));
  const rows: PageFigures[] = [];
  // The saved copies' own scripts do not run (as in the end-to-end tests): offline, some would empty the page.
  await session.context.route(`${session.origin}/pages/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...LOCAL_ONLY_CSP } });
  });
  try {
    for (const name of PAGES) {
      const figures = await measure(session.context, session.worker, session.origin, name);
      rows.push(figures);
      console.log(JSON.stringify(figures));
    }
  } finally {
    await session.close();
  }
  const sum = (key: keyof PageFigures) => rows.reduce((n, r) => n + Number(r[key] ?? 0), 0);
  const line = (r: PageFigures) =>
    `| ${r.page} | ${r.marked}/${r.names} (${pct(r.marked, r.names)}) | ${r.peopleRight}/${r.people} | ${r.outside}/${r.storyMarks} | ${r.handoverMs ?? '–'} | ${r.scriptMs.toFixed(1)} | ${r.longestTaskMs.toFixed(1)} | ${r.loadToStoryMs === null ? '–' : r.loadToStoryMs.toFixed(0)} |`;
  console.log(
    `\nReading along, default settings, held-back pages (${rows.length}):\n\n` +
      '| page | names marked | people cards right | story marks outside the story | handover ms | extension ms | longest task ms | load → story marked ms |\n' +
      '|---|---|---|---|---|---|---|---|\n' +
      rows.map(line).join('\n') +
      `\n| **all** | ${sum('marked')}/${sum('names')} (${pct(sum('marked'), sum('names'))}) | ${sum('peopleRight')}/${sum('people')} (${pct(sum('peopleRight'), sum('people'))}) | ${sum('outside')}/${sum('storyMarks')} (${pct(sum('outside'), sum('storyMarks'))}) | ${Math.max(...rows.map((r) => r.handoverMs ?? 0))} (max) | | ${Math.max(...rows.map((r) => r.longestTaskMs)).toFixed(1)} (max) | ${Math.max(...rows.map((r) => r.loadToStoryMs ?? 0)).toFixed(0)} (max) |`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
