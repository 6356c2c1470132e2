import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import { builtDictionary, MARK } from './helpers/backstory-ui';
import { settled } from './helpers/settle';
import type { ReaderLayer } from '../../utils/reader-layer/model/layer-schema';
import { readStoredLayer } from './helpers/stored-layer';

const bundledIds = new Set(builtDictionary().entities.map((e) => e.id));
const HOVER_CARD = 'backstory-card >>> .bs-hover-card';

/** Entity ids currently marked on `page`. */
const markedIds = (page: Page) =>
  page.$$eval(MARK, (marks) => [...new Set(marks.map((m) => m.getAttribute('data-backstory-entity')!))]);

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

// Firefox shows no toolbar popup to WebDriver, so the popup page is opened in a tab of its own and pointed at the
// article's tab with the `?tab=<id>` parameter the popup reads (see entrypoints/popup/target-tab.ts), as the Chromium
// tests do. Without the "tabs" permission the add-on sees no tab's address, so the article's tab is found by position:
// it is the tab opened just before the popup's.
describe('learning from an article in Firefox (temporary add-on over WebDriver BiDi)', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  let article: Page;
  let popup: Page;
  let url: string;

  /** Opens an add-on page in a new tab. WebDriver never sees its load finish (the tab moves to the add-on's
   *  process), so the page counts as ready once its script has rendered `ready`. */
  async function openExtensionPage(path: string, ready: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.goto(`${firefox.extensionOrigin}/${path}`, { timeout: 2_000 }).catch(() => undefined);
    await until(
      () => page.evaluate((selector) => document.querySelector(selector) !== null, ready).catch(() => false),
      Boolean,
    );
    return page;
  }

  /** The id of the tab opened last, found from a popup page opened after it (and closed again). */
  async function lastTabId(): Promise<number> {
    const finder = await openExtensionPage('popup.html', '.bs-popup');
    const tabId = await finder.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: { tabs: { getCurrent(): Promise<{ index: number }>; query(q: object): Promise<{ id?: number }[]> } };
      };
      const me = await browser.tabs.getCurrent();
      const [before] = await browser.tabs.query({ currentWindow: true, index: me.index - 1 });
      return before?.id;
    });
    await finder.close();
    expect(tabId, 'the article’s tab id').toBeTypeOf('number');
    return tabId!;
  }

  /** The reader's layer as the add-on stored it in its IndexedDB, read through an add-on page. */
  const storedLayer = () => popup.evaluate(readStoredLayer);

  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => p.startsWith('/pages/'), headers: LOCAL_ONLY_CSP }] });
    firefox = await launchFirefox({ extensionPages: true, readAlong: false });
    article = await firefox.browser.newPage();
    url = server.url('pages/bbc-1.html');
    await article.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settled(() => article.$$eval(MARK, (els) => els.length), 2_000, 60_000);

    popup = await openExtensionPage(`popup.html?tab=${await lastTabId()}`, '.bs-popup [data-entity-id]');
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  let learned: ReaderLayer['sources'][number];
  let learnedOnly: string[] = [];

  it('the popup page reports on the article’s tab', async () => {
    const listed = await popup.$$eval('[data-entity-id]', (items) =>
      items.map((i) => i.getAttribute('data-entity-id')),
    );
    const marked = await markedIds(article);
    expect(listed.length).toBeGreaterThan(0);
    expect(marked).toEqual(expect.arrayContaining(listed));
  });

  it('"Learn from this article" stores the page as a source and its new names are marked at once', async () => {
    const before = new Set(await markedIds(article));
    const started = Date.now();
    await popup.click('.bs-learn button');
    const status = await until(
      () => popup.$eval('.bs-learn-status', (p) => p.textContent ?? ''),
      (text) => text !== '',
      60_000,
    );
    console.log(`firefox: learned bbc-1 in ${Date.now() - started} ms (click to message): ${status}`);
    expect(status).toMatch(/^Learned \d+ new names?/);

    const layer = await storedLayer();
    expect(layer?.sources).toHaveLength(1);
    learned = layer!.sources[0]!;
    expect(learned.source).toMatchObject({ url, title: expect.stringMatching(/gun laws/) });
    expect(learned.source.publisher).toBeTruthy();
    learnedOnly = learned.entities.map((c) => c.id).filter((id) => !bundledIds.has(id));
    expect(learnedOnly.length).toBeGreaterThan(3);

    // The page is annotated again from the storage change, without a reload, and keeps what it had.
    await until(
      () => markedIds(article),
      (ids) => ids.filter((id) => learnedOnly.includes(id)).length > 3,
    );
    // Marking runs in slices; names marked before are checked once it has settled.
    await settled(() => article.$$eval(MARK, (els) => els.length), 2_000, 60_000);
    const marked = await markedIds(article);
    const obama = learned.entities.find((c) => /Obama/.test(c.name));
    expect(obama, 'Obama is among the learned names').toBeDefined();
    expect(marked).toContain(obama!.id);
    for (const id of before) expect(marked).toContain(id);
  });

  it('a popup card of a learned name shows its learned fact and cites the article with a link', async () => {
    const withFacts = learned.entities.find((c) => c.facts.length > 0 && learnedOnly.includes(c.id))!;
    const item = `[data-entity-id="${withFacts.id}"]`;
    await until(
      () => popup.$(item),
      (found) => found !== null,
    );
    await popup.click(item);
    const fact = withFacts.facts[0]!;
    await until(
      () => popup.$eval('.bs-popup-card', (card) => card.textContent ?? '').catch(() => ''),
      (text) => text.includes(fact),
      10_000,
    );
    const links = await popup.$$eval('.bs-card cite a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(url);
    await popup.click('.bs-back');
  });

  it('a hover card on the page shows a learned name’s facts, fetched from the background', async () => {
    const onPage = new Set(await markedIds(article));
    const target = learned.entities.find((c) => c.facts.length > 0 && learnedOnly.includes(c.id) && onPage.has(c.id))!;
    expect(target, 'a learned name with facts is marked on the page').toBeDefined();
    const shown = target.descriptionFact === undefined ? target.description : target.facts[target.descriptionFact]!;
    await article.bringToFront();
    await article.mouse.move(1, 1);
    await article.hover(`${MARK}[data-backstory-entity="${target.id}"]`);
    // Polled from here: waitForSelector's animation-frame polling stalls in a headless Firefox tab.
    await until(
      () => article.$(HOVER_CARD),
      (card) => card !== null,
      10_000,
    );
    const name = await article.$eval(`${HOVER_CARD} #bs-hover-name`, (h) => h.textContent);
    expect(name).toBe(target.name);
    const text = await until(
      () => article.$eval(HOVER_CARD, (card) => card.textContent ?? ''),
      (t) => t.includes((shown || target.facts[0]!).slice(0, 30)),
      10_000,
    );
    expect(text).not.toContain('No background yet.');
  });

  it('learning goes on in the background: closing the popup right after the click loses nothing', async () => {
    const other = await firefox.browser.newPage();
    const otherUrl = server.url('pages/guardian-1.html');
    await other.goto(otherUrl, { waitUntil: 'load', timeout: 60_000 });
    await settled(() => other.$$eval(MARK, (els) => els.length), 2_000, 60_000);
    const closing = await openExtensionPage(`popup.html?tab=${await lastTabId()}`, '.bs-learn button');
    await closing.click('.bs-learn button');
    await closing.close();
    await until(
      async () => (await storedLayer())?.sources.map((s) => s.source.url) ?? [],
      (urls) => urls.includes(otherUrl),
      60_000,
    );
    await other.close();
  }, 120_000);
});
