import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import { MARK } from './helpers/backstory-ui';
import { settled } from './helpers/settle';

// The stories of the Chromium test (tests/e2e/remember.test.ts): three saved news pages that all name China.
const STORIES = ['news/news-sky-921019.html', 'news/smithsonianmag-ea25dd.html', 'news/thesun-co-8b1945.html'];
const HOVER_CARD = 'backstory-card >>> .bs-hover-card';
// A fourth story, for the "never remember" list.
const OTHER = 'news/aljazeera-7916ec.html';

/** The hover card's text for the first visible mark reading "China", or '' when no card opened. */
async function chinaCard(page: Page): Promise<string> {
  await page.mouse.move(0, 0);
  await page.waitForSelector(HOVER_CARD, { hidden: true, timeout: 4_000 }).catch(() => null);
  for (const mark of await page.$$(MARK)) {
    if ((await mark.evaluate((m) => m.textContent)) !== 'China') continue;
    if (!(await mark.isVisible())) continue;
    await mark.scrollIntoView();
    await mark.hover();
    const card = await page.waitForSelector(HOVER_CARD, { timeout: 4_000 }).catch(() => null);
    if (card) return card.evaluate((el) => el.textContent ?? '');
  }
  return '';
}

/** Hovers China on `page` until its card says `expected` (the story before may still be being remembered). */
async function cardSays(page: Page, expected: string, timeoutMs = 45_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < end) {
    text = await chinaCard(page);
    if (text.includes(expected)) return text;
    await new Promise((r) => setTimeout(r, 1_000));
    await page.reload({ waitUntil: 'load' });
  }
  return text;
}

/** Polls `read` every 200 ms until `done` holds of its value; throws with the last value after `timeoutMs`. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`gave up waiting after ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

/**
 * An add-on page in a tab of its own, to read and write the add-on's storage. WebDriver never sees its load finish
 * (the tab moves to the add-on's process), so it counts as ready once its script can reach the add-on's API.
 */
async function addonPage(firefox: FirefoxWithExtension): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${firefox.extensionOrigin}/options.html`, { timeout: 2_000 }).catch(() => undefined);
  await until(() => page.evaluate(() => 'browser' in globalThis).catch(() => false), Boolean);
  return page;
}

/** The number of articles the reader's layer holds, read from the outline item through an add-on page. */
const remembered = (addon: Page) =>
  addon.evaluate(async () => {
    const { browser } = globalThis as unknown as {
      browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    // The outline is kept as JSON text.
    const { readerOutline } = (await browser.storage.local.get('readerOutline')) as { readerOutline?: string };
    return readerOutline ? (JSON.parse(readerOutline) as { sources: unknown[] }).sources.length : 0;
  });

/** Stores the reader's list of sites never to remember through an add-on page. */
const setNeverRemember = (addon: Page, sites: string[]) =>
  addon.evaluate(async (neverRemember) => {
    const { browser } = globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } };
    await browser.storage.local.set({ neverRemember });
  }, sites);

/** Opens `url` and waits until its marks settle: the story has been read along and its names marked. */
async function readStory(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await settled(() => page.$$eval(MARK, (els) => els.length), 2_000, 45_000);
}

describe('remembering articles in Firefox (temporary add-on over WebDriver BiDi)', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => p.startsWith('/news/'), headers: LOCAL_ONLY_CSP }] });
    firefox = await launchFirefox({ rememberArticles: true });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('a name met in two earlier stories says so on the third, with both linked', async () => {
    const page = await firefox.browser.newPage();
    await readStory(page, server.url(STORIES[0]!));
    await readStory(page, server.url(STORIES[1]!));
    expect(await cardSays(page, 'In 1 article you read')).toContain('In 1 article you read');
    await readStory(page, server.url(STORIES[2]!));
    expect(await cardSays(page, 'In 2 articles you read')).toContain('In 2 articles you read');
    const links = await page.$$eval(`${HOVER_CARD} .bs-read-before-list a`, (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links.sort()).toEqual([`/${STORIES[0]}`, `/${STORIES[1]}`].sort());
    await page.close();
  }, 180_000);

  it('a site on the "never remember" list is read along but not kept, and is kept once it is off the list', async () => {
    const addon = await addonPage(firefox);
    const before = await until(
      () => remembered(addon),
      (n) => n === STORIES.length,
    );
    await setNeverRemember(addon, [new URL(server.url(OTHER)).hostname]);
    const skipped = await firefox.browser.newPage();
    await readStory(skipped, server.url(OTHER));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await remembered(addon)).toBe(before);
    await skipped.close();
    await setNeverRemember(addon, []);
    // A tab of its own: a tab hands its story over once.
    const kept = await firefox.browser.newPage();
    await readStory(kept, server.url(OTHER));
    await until(
      () => remembered(addon),
      (n) => n === before + 1,
    );
    await kept.close();
    await addon.close();
  }, 120_000);
});

describe('with "Remember articles I read" off in Firefox (the default)', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => p.startsWith('/news/'), headers: LOCAL_ONLY_CSP }] });
    firefox = await launchFirefox({ extensionPages: true });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('reading stories along keeps nothing', async () => {
    const page = await firefox.browser.newPage();
    await readStory(page, server.url(STORIES[0]!));
    await readStory(page, server.url(STORIES[1]!));
    await new Promise((r) => setTimeout(r, 1_500));
    const addon = await addonPage(firefox);
    expect(await remembered(addon)).toBe(0);
    await page.close();
    await addon.close();
  }, 120_000);
});
