// Drives the framework test pages (tests/frameworks) side by side in a browser with Backstory and one without, and
// compares what the reader would see after every step. The in-page functions are self-contained (they run in the page).
import { buildFrameworkPages, type FrameworkPage } from '../../frameworks/build-pages';
import type { EntityForms } from './dictionary-forms';
import { fixtureNames } from './fixture-pages';
import { startStaticServer, type StaticServer } from './static-server';

/** What the test does to the story, in order: each is something news sites do to text after it was first shown. */
export const STORY_STEPS = [
  'text',
  'toggle-off',
  'toggle-on',
  'reorder',
  'edit-item',
  'remove',
  'live',
  'route',
  'route-back',
] as const;

/** The pages, in the order the tests open them. */
export const FRAMEWORK_PAGES = [
  'frameworks/react18.html',
  'frameworks/react18-ssr.html',
  'frameworks/react19.html',
  'frameworks/react19-ssr.html',
  'frameworks/vue.html',
  'frameworks/svelte.html',
  'frameworks/preact.html',
];

/** The one thing the tests need of a Playwright or Puppeteer page. */
export interface Evaluator {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** What one step left behind. */
export interface StepResult {
  step: string;
  /** The app's text at the first frame after the framework's update equals the page's text without Backstory. */
  frameText: boolean;
  /** The same once Backstory's marks have settled. */
  settledText: boolean;
  /** Name occurrences in the app's text, and how many of them are marked. */
  names: number;
  marked: number;
}

/** Serves the framework pages with names from the dictionary. */
export async function startFrameworkServer(
  entities: EntityForms[],
): Promise<{ server: StaticServer; pages: FrameworkPage[] }> {
  const names = fixtureNames(entities, 6).map((n) => n.form);
  const { files, pages } = await buildFrameworkPages(names);
  const generated = Object.fromEntries(Object.entries(files).map(([path, body]) => [path, () => body]));
  return { server: await startStaticServer({ generated }), pages };
}

/** Whether the app has rendered (or, for a server-rendered page, hydrated). */
export function appReady(): boolean {
  return (window as unknown as { __ready?: boolean }).__ready === true;
}

/** The app's text as it stands. */
export function appText(): string {
  return document.getElementById('app')?.textContent ?? '';
}

/** Runs a step of the story and returns the app's text at the next animation frame, before the browser paints it. */
export async function stepAndRead(step: string): Promise<string> {
  await (window as unknown as { __step(s: string): Promise<void> }).__step(step);
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  return document.getElementById('app')?.textContent ?? '';
}

/** Marks inside the app. */
export function appMarks(): number {
  return document.querySelectorAll('#app [data-backstory-entity]').length;
}

/**
 * Whole-word occurrences of `forms` in the app's text, each run of inline text read as one (leftmost-longest where
 * forms overlap), and how many marks there are: every occurrence should be marked.
 */
export function nameCoverage(forms: string[]): { names: number; marked: number } {
  const app = document.getElementById('app');
  if (!app) return { names: 0, marked: 0 };
  const runs: string[] = [];
  const inline = (n: Node) => n.nodeType === 3 || (n instanceof HTMLElement && n.hasAttribute('data-backstory-entity'));
  const visit = (el: Element) => {
    let run = '';
    for (const child of el.childNodes) {
      if (inline(child)) run += child.textContent ?? '';
      else {
        if (run) runs.push(run);
        run = '';
        if (child instanceof Element) visit(child);
      }
    }
    if (run) runs.push(run);
  };
  visit(app);
  const word = /[\p{L}\p{N}\p{M}]/u;
  let names = 0;
  for (const text of runs) {
    const hits: [number, number][] = [];
    for (const form of forms)
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (!word.test(text[at - 1] ?? '') && !word.test(text[end] ?? '')) hits.push([at, end]);
      }
    hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let reach = 0;
    for (const [start, end] of hits)
      if (start >= reach) {
        names += 1;
        reach = end;
      }
  }
  return { names, marked: app.querySelectorAll('[data-backstory-entity]').length };
}

/** The text a reader copies after selecting the whole app. */
export function copiedText(): string {
  const selection = getSelection();
  const app = document.getElementById('app');
  if (!selection || !app) return '';
  selection.selectAllChildren(app);
  const text = selection.toString();
  selection.removeAllRanges();
  return text;
}

/** Whether find-in-page finds `form` (the browser's own search, from the top of the page). */
export function findsInPage(form: string): boolean {
  getSelection()?.removeAllRanges();
  const find = (window as unknown as { find(s: string, caseSensitive: boolean): boolean }).find;
  return find(form, true);
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the marks inside the app stop changing. */
export async function marksSettled(page: Evaluator, quietMs = 600, timeoutMs = 20_000): Promise<void> {
  let last = -1;
  let since = Date.now();
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const now = await page.evaluate(appMarks, undefined);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('marks still changing');
}

/**
 * Opens the story in both browsers' pages (already navigated), waits for the app, then takes every step in both,
 * comparing texts at the next frame and after the marks settle. Returns one result for the start and one per step.
 */
export async function runStory(
  withBackstory: Evaluator,
  without: Evaluator,
  forms: string[],
  steps: readonly string[],
): Promise<StepResult[]> {
  for (const page of [withBackstory, without])
    await until(() => page.evaluate(appReady, undefined), 20_000, 'the app to be ready');
  const results: StepResult[] = [];
  const record = async (step: string, frameText: boolean) => {
    await marksSettled(withBackstory);
    const [mine, theirs] = await Promise.all([
      withBackstory.evaluate(appText, undefined),
      without.evaluate(appText, undefined),
    ]);
    const coverage = await withBackstory.evaluate(nameCoverage, forms);
    results.push({ step, frameText, settledText: mine === theirs, ...coverage });
  };
  const [first, reference] = await Promise.all([
    withBackstory.evaluate(appText, undefined),
    without.evaluate(appText, undefined),
  ]);
  await record('start', first === reference);
  for (const step of steps) {
    const [mine, theirs] = await Promise.all([
      withBackstory.evaluate(stepAndRead, step),
      without.evaluate(stepAndRead, step),
    ]);
    await record(step, mine === theirs);
  }
  return results;
}

/** One line per page for the test log: text-correct steps and names marked. */
export function summarise(label: string, results: StepResult[]): string {
  const right = results.filter((r) => r.frameText && r.settledText).length;
  const names = results.reduce((n, r) => n + r.names, 0);
  const marked = results.reduce((n, r) => n + Math.min(r.marked, r.names), 0);
  const wrong = results.filter((r) => !r.frameText || !r.settledText).map((r) => r.step);
  return `${label}: text right after ${right}/${results.length} steps${wrong.length ? ` (wrong: ${wrong.join(', ')})` : ''}, names marked ${marked}/${names}`;
}
