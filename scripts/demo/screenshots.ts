import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { DemoBrowser } from './launch';

const MARK = 'mark[data-backstory-entity]';
const CARD = 'backstory-card [role="dialog"]';

interface DictionaryShape {
  entities: { id: string; facts: unknown[] }[];
  quotes: { speaker: string | null; about: string[] }[];
}

/** Ranks entity ids by how much a card about them has to show: quotes said, quotes about, then facts. */
export async function richestEntities(): Promise<string[]> {
  const file = resolve(import.meta.dirname, '../../assets/dictionary.json');
  const dict = JSON.parse(await readFile(file, 'utf8')) as DictionaryShape;
  const score = new Map(dict.entities.map((e) => [e.id, e.facts.length]));
  for (const q of dict.quotes) {
    if (q.speaker) score.set(q.speaker, (score.get(q.speaker) ?? 0) + 10);
    for (const a of q.about) score.set(a, (score.get(a) ?? 0) + 3);
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** Waits until the page has marks and their number has stopped changing. */
export async function waitForMarks(page: Page): Promise<number> {
  await page.waitForSelector(MARK, { timeout: 30_000 });
  let last = -1;
  for (;;) {
    const count = await page.locator(MARK).count();
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(500);
  }
}

/** Hovers the first mention of the richest entity on the page and returns it once its card is shown. */
export async function openCard(page: Page, ranked: string[]): Promise<void> {
  const onPage = new Set(
    await page.$$eval(MARK, (marks) => marks.map((m) => m.getAttribute('data-backstory-entity') ?? '')),
  );
  const id = ranked.find((e) => onPage.has(e)) ?? [...onPage][0];
  const mark = page.locator(`${MARK}[data-backstory-entity="${id}"]`).first();
  // Near the top of the window, so the card opens below the name with all its content in view.
  await mark.evaluate((m) => {
    m.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -160);
  });
  await page.mouse.move(5, 5);
  await mark.hover();
  await page.waitForSelector(CARD, { timeout: 10_000 });
  await page.waitForTimeout(300);
}

/** A clip around the open card and the name it belongs to, with some of the article around them. */
async function cardClip(page: Page) {
  const card = (await page.locator(CARD).boundingBox())!;
  const view = page.viewportSize() ?? { width: 1280, height: 900 };
  const pad = 48;
  const x = Math.max(0, card.x - 320);
  const y = Math.max(0, card.y - 140);
  const width = Math.min(view.width - x, card.width + 320 + pad + 160);
  const height = Math.min(view.height - y, card.height + 140 + pad);
  return { x, y, width, height };
}

/** Finds the id of the tab showing `url`, from the extension's service worker. */
export async function tabIdOf(browser: DemoBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  const id = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('could not find the demo tab');
  return id;
}

/** Saves screenshots of the highlighted page, open hover cards (light and dark) and the popup into `outDir`. */
export async function takeScreenshots(browser: DemoBrowser, pageUrl: string, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const saved: string[] = [];
  const shot = (name: string) => {
    const path = join(outDir, name);
    saved.push(path);
    return path;
  };
  const ranked = await richestEntities();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pageUrl);
  const marks = await waitForMarks(page);
  console.log(`demo page: ${marks} highlighted names`);
  await page.screenshot({ path: shot('demo-page.png') });

  await openCard(page, ranked);
  await page.screenshot({ path: shot('hover-card.png'), clip: await cardClip(page) });

  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCard(page, ranked);
  await page.screenshot({ path: shot('hover-card-dark.png'), clip: await cardClip(page) });
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'light' });

  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 384, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.bs-entity-item', { timeout: 15_000 });
  await popup.screenshot({ path: shot('popup.png'), fullPage: true });
  const listed = new Set(
    await popup.$$eval('.bs-entity-list [data-entity-id]', (items) =>
      items.map((i) => i.getAttribute('data-entity-id')),
    ),
  );
  const richest = ranked.find((id) => listed.has(id));
  await popup
    .locator(richest ? `.bs-entity-list [data-entity-id="${richest}"]` : '.bs-entity-item')
    .first()
    .click();
  await popup.waitForSelector('.bs-popup-card blockquote', { timeout: 5_000 }).catch(() => undefined);
  await popup.screenshot({ path: shot('popup-card.png'), fullPage: true });
  await popup.close();
  return saved;
}
