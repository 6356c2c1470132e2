import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { CARD, MARK, openPopup, tabIdOf } from './helpers/backstory-ui';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import type { PageReport } from '../../utils/messaging';

// Three saved news stories that all name the same country.
const FIRST = 'news/news-sky-921019.html';
const SECOND = 'news/smithsonianmag-ea25dd.html';
const THIRD = 'news/thesun-co-8b1945.html';
const FOURTH = 'news/aljazeera-7916ec.html';
const NAME = /^China$/;
const FINISHED = new Set(['done', 'gave-up', 'not-article', 'off']);
const settled = (r: PageReport) => FINISHED.has(r.status) && r.readAlong?.state !== undefined;

/** Opens `path`, waits until its story is read along, and gives the background a moment to remember it. */
async function readStory(ext: ChromiumWithExtension, server: StaticServer, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  const url = server.url(path);
  await page.goto(url, { waitUntil: 'load' });
  const report = await waitForReport(ext, url, settled, 60_000);
  expect(report.readAlong?.state, path).toBe('ready');
  return page;
}

/** The number of articles the reader's layer holds, read from the outline item. */
async function remembered(ext: ChromiumWithExtension): Promise<number> {
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    // The outline is kept as JSON text.
    const { readerOutline } = (await chrome.storage.local.get('readerOutline')) as { readerOutline?: string };
    return readerOutline ? (JSON.parse(readerOutline) as { sources: unknown[] }).sources.length : 0;
  });
}

/** Stores the reader's list of sites never to remember. */
async function setNeverRemember(ext: ChromiumWithExtension, sites: string[]): Promise<void> {
  const worker = await ext.worker();
  await worker.evaluate(async (neverRemember) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set({ neverRemember });
  }, sites);
}

/** The popup's lists of names, each name with its mention count and its "In N articles you read", if any. */
async function popupLists(popup: Page): Promise<{ name: string; count: number; readBefore?: string }[][]> {
  return popup.$$eval('.bs-entity-items', (lists) =>
    lists.map((list) =>
      [...list.querySelectorAll('.bs-entity-item')].map((item) => ({
        name: item.querySelector('.bs-entity-name')?.textContent ?? '',
        count: parseInt(item.querySelector('.bs-entity-count')?.textContent ?? '0', 10),
        readBefore: item.querySelector('.bs-entity-read-before')?.textContent ?? undefined,
      })),
    ),
  );
}

/** Hovers the first visible mark whose text matches `name` and returns the card's text. */
async function cardOf(page: Page, name: RegExp): Promise<string> {
  const marks = page.locator(MARK, { hasText: name });
  for (let i = 0; i < (await marks.count()); i++) {
    const mark = marks.nth(i);
    if (!(await mark.isVisible())) continue;
    await page.mouse.move(0, 0);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const opened = await page
      .locator(CARD)
      .waitFor({ timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    if (opened) return (await page.locator(CARD).textContent()) ?? '';
  }
  return '';
}

describe('remembering articles in Chromium', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => /^\/news\//.test(p), headers: LOCAL_ONLY_CSP }] });
  });
  afterAll(async () => server?.close());

  describe('with "Remember articles I read" on', () => {
    let ext: ChromiumWithExtension;
    beforeAll(async () => {
      ext = await launchChromium({ rememberArticles: true });
    });
    afterAll(async () => ext?.close());

    it('a name met in two earlier stories says so on the third, with both linked', async () => {
      await (await readStory(ext, server, FIRST)).close();
      await expect.poll(() => remembered(ext), { timeout: 20_000 }).toBe(1);
      await (await readStory(ext, server, SECOND)).close();
      await expect.poll(() => remembered(ext), { timeout: 20_000 }).toBe(2);
      // Opening a story again learns nothing twice.
      await (await readStory(ext, server, FIRST)).close();
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await remembered(ext)).toBe(2);

      const page = await readStory(ext, server, THIRD);
      const text = await cardOf(page, NAME);
      expect(text).toContain('In 2 articles you read');
      const links = await page
        .locator(`${CARD} .bs-read-before-list a`)
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.sort()).toEqual([`/${FIRST}`, `/${SECOND}`].sort());

      // The popup says so too, and lists the names met before first. Once this story is remembered too, the names
      // it alone gave stay in its list, after those met before.
      await expect.poll(() => remembered(ext), { timeout: 20_000 }).toBe(3);
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.locator('.bs-entity-read-before').first().waitFor({ timeout: 20_000 });
      const lists = await popupLists(popup);
      expect(lists.flat().find((e) => NAME.test(e.name))?.readBefore).toBe('In 2 articles you read');
      const met = (lists[0] ?? []).map((e) => e.readBefore !== undefined);
      expect(met).toContain(false);
      expect(met).toEqual([...met].sort((a, b) => Number(b) - Number(a)));
      await popup.close();

      // Their cards still tell this story as the one on the page, not as an article read before.
      let card = '';
      for (const fresh of (lists[0] ?? []).filter((e) => e.readBefore === undefined)) {
        card = await cardOf(page, new RegExp(`^${fresh.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        if (card) break;
      }
      expect(card).toContain('In this story');
      expect(card).not.toMatch(/articles? you read/);
      await page.close();
    });

    it('the popup lists the names on the page met in other articles first, ahead of names mentioned more', async () => {
      // The first story again: China and a few others were named in the two read since, most of its names nowhere else.
      const page = await readStory(ext, server, FIRST);
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.locator('.bs-entity-read-before').first().waitFor({ timeout: 20_000 });
      const lists = await popupLists(popup);
      expect(lists.flat().find((e) => NAME.test(e.name))?.readBefore).toBe('In 2 articles you read');
      for (const list of lists) {
        const met = list.map((e) => e.readBefore !== undefined);
        expect(met).toEqual([...met].sort((a, b) => Number(b) - Number(a)));
      }
      // The order shows: a name met before comes ahead of one the page mentions more often.
      const overtaken = lists.some((list) =>
        list.some((a, i) => a.readBefore && list.slice(i + 1).some((b) => !b.readBefore && b.count > a.count)),
      );
      expect(overtaken).toBe(true);
      await popup.close();
      await page.close();
    });

    it('a site on the "never remember" list is read along but not kept, and is kept once it is off the list', async () => {
      const before = await remembered(ext);
      const host = new URL(server.url(FOURTH)).hostname;
      await setNeverRemember(ext, [host]);
      await (await readStory(ext, server, FOURTH)).close();
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await remembered(ext)).toBe(before);
      await setNeverRemember(ext, []);
      await (await readStory(ext, server, FOURTH)).close();
      await expect.poll(() => remembered(ext), { timeout: 20_000 }).toBe(before + 1);
    });
  });

  describe('with it off (the default)', () => {
    let ext: ChromiumWithExtension;
    beforeAll(async () => {
      ext = await launchChromium();
    });
    afterAll(async () => ext?.close());

    it('reading stories along keeps nothing', async () => {
      await (await readStory(ext, server, FIRST)).close();
      await (await readStory(ext, server, SECOND)).close();
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await remembered(ext)).toBe(0);
    });
  });
});
