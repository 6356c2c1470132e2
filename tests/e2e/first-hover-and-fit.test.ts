// What a new reader meets first: the first hover of a freshly loaded page opens its card, on real saved pages, in both
// browsers; and a card always fits the window, whatever the window's size and wherever the name sits in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { CARD, MARK } from './helpers/backstory-ui';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import { settled } from './helpers/settle';

const PAGES = ['pages/bbc-1.html', 'pages/nytimes-4.html', 'founding-article.html', 'news/aljazeera-7916ec.html'];
const WINDOWS = [
  { width: 600, height: 400 },
  { width: 1280, height: 600 },
  { width: 1280, height: 900 },
];

/** The first visible mark inside a paragraph of the page. */
const firstMark = (page: Page) => page.locator(`p ${MARK}`).first();

describe('first hover and card fit', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({
      headers: [{ match: (p) => /^\/(pages|news)\//.test(p), headers: LOCAL_ONLY_CSP }],
    });
  });
  afterAll(async () => server?.close());

  describe('Chromium', () => {
    let ext: ChromiumWithExtension;
    beforeAll(async () => {
      ext = await launchChromium();
    });
    afterAll(async () => ext?.close());

    it.each(PAGES)('%s: the first hover of a fresh page opens the card', async (path) => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(server.url(path), { waitUntil: 'load' });
      await settled(() => page.locator(MARK).count(), 1_500, 30_000);
      const mark = firstMark(page);
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await page.locator(CARD).waitFor({ timeout: 5_000 });
      await page.close();
    });

    it('a card lies inside the window for a name at the top, the bottom and the right edge, in small and large windows', async () => {
      const page = await ext.context.newPage();
      await page.goto(server.url('founding-article.html'), { waitUntil: 'load' });
      await settled(() => page.locator(MARK).count(), 1_500, 30_000);
      const marks = page.locator(MARK);
      const count = await marks.count();
      for (const size of WINDOWS) {
        await page.setViewportSize(size);
        for (const where of ['top', 'bottom', 'right'] as const) {
          // A mark brought to that edge: scrolled to the top or the bottom of the window; the right-most one for the edge.
          let mark = marks.first();
          if (where === 'right') {
            let best = -1;
            for (let i = 0; i < count; i++) {
              const box = await marks.nth(i).boundingBox();
              if (box && box.x + box.width > best && box.x + box.width <= size.width) {
                best = box.x + box.width;
                mark = marks.nth(i);
              }
            }
          } else mark = marks.nth(where === 'top' ? 0 : Math.floor(count / 2));
          const block: ScrollLogicalPosition = where === 'bottom' ? 'end' : 'start';
          await mark.evaluate((el, at) => el.scrollIntoView({ block: at }), block);
          await page.mouse.move(0, 0);
          await page.locator(CARD).waitFor({ state: 'hidden', timeout: 5_000 });
          await mark.hover();
          const card = page.locator(CARD);
          await card.waitFor({ timeout: 5_000 });
          await page.waitForTimeout(100);
          const box = (await card.boundingBox())!;
          const label = `${size.width}×${size.height}, name at the ${where}`;
          expect(box.y, label).toBeGreaterThanOrEqual(0);
          expect(box.x, label).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, label).toBeLessThanOrEqual(size.height);
          expect(box.x + box.width, label).toBeLessThanOrEqual(size.width);
          // Its title is on screen, not scrolled or cut away.
          const title = (await card.locator('#bs-hover-name').boundingBox())!;
          expect(title.y, label).toBeGreaterThanOrEqual(0);
        }
      }
      await page.close();
    });
  });

  describe('Firefox', () => {
    let firefox: FirefoxWithExtension;
    beforeAll(async () => {
      firefox = await launchFirefox();
    });
    afterAll(async () => firefox?.close());

    it.each(PAGES)('%s: the first hover of a fresh page opens the card', async (path) => {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
      await settled(() => page.$$eval(MARK, (els) => els.length), 1_500, 60_000);
      const mark = await page.$(`p ${MARK}`);
      await mark!.scrollIntoView();
      await mark!.hover();
      // Polled: waiting for a selector inside a shadow root is not reliable over WebDriver BiDi.
      let card = null;
      for (let i = 0; i < 25 && !card; i++) {
        await new Promise((r) => setTimeout(r, 200));
        card = await page.$('backstory-card >>> .bs-hover-card');
      }
      expect(card).not.toBeNull();
      await page.close();
    });
  });
});
