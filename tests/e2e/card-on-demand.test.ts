// The card's script loads on first use, in both browsers: the first hover of a page opens a card, and how long after
// the hover delay it appears is printed (the target is 100 ms; timings stay out of assertions on a shared machine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { builtDictionary, MARK, richestFirst } from './helpers/backstory-ui';
import { settled } from './helpers/settle';

const DELAY_MS = 400; // the default cardDelay setting
const dictionary = builtDictionary();

/** In the page: hovers nothing yet; resolves with ms from the pointer's arrival on `selector` to the card's name. */
function cardLatency(selector: string): Promise<{ ms: number; name: string }> {
  return new Promise((resolve) => {
    const mark = document.querySelector(selector)!;
    mark.addEventListener(
      'pointerover',
      () => {
        const at = performance.now();
        const look = () => {
          const name = document.querySelector('backstory-card')?.shadowRoot?.querySelector('#bs-hover-name');
          if (name?.textContent) resolve({ ms: performance.now() - at, name: name.textContent });
          else requestAnimationFrame(look);
        };
        look();
      },
      { once: true },
    );
  });
}

/** The selector of the first mark of the richest entity among `ids`. */
function richestSelector(ids: string[]): { selector: string; name: string } {
  const onPage = new Set(ids);
  const entity = richestFirst(dictionary).find((e) => onPage.has(e.id));
  if (!entity) throw new Error('no dictionary entity is marked on the page');
  return { selector: `${MARK}[data-backstory-entity="${entity.id}"]`, name: entity.name };
}

describe('the card loads on first use', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(async () => server?.close());

  describe('Chromium (MV3)', () => {
    let ext: ChromiumWithExtension;
    beforeAll(async () => {
      ext = await launchChromium();
    });
    afterAll(async () => ext?.close());

    it('opens the first card of a fresh page after the hover delay', async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1200, height: 800 });
      await page.goto(server.url('demo/index.html'));
      await settled(() => page.locator(MARK).count(), 1_000);
      const { selector, name } = richestSelector(
        await page.$$eval(MARK, (ms) => ms.map((m) => m.getAttribute('data-backstory-entity') ?? '')),
      );
      await page.locator(selector).first().scrollIntoViewIfNeeded();
      await page.mouse.move(1, 1);
      const latency = page.evaluate(cardLatency, selector);
      await page.locator(selector).first().hover();
      const shown = await latency;
      expect(shown.name).toBe(name);
      expect(shown.ms).toBeGreaterThanOrEqual(DELAY_MS - 20);
      console.log(`Chromium: first card ${(shown.ms - DELAY_MS).toFixed(0)} ms after the hover delay ended`);
      await page.close();
    });
  });

  describe('Firefox (MV2)', () => {
    let firefox: FirefoxWithExtension;
    beforeAll(async () => {
      firefox = await launchFirefox();
    });
    afterAll(async () => firefox?.close());

    it('opens the first card of a fresh page after the hover delay', async () => {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 1200, height: 800 });
      await page.goto(server.url('demo/index.html'), { waitUntil: 'load' });
      await settled(() => page.$$eval(MARK, (ms) => ms.length), 1_000);
      const { selector, name } = richestSelector(
        await page.$$eval(MARK, (ms) => ms.map((m) => m.getAttribute('data-backstory-entity') ?? '')),
      );
      await page.$eval(selector, (m) => m.scrollIntoView({ block: 'center' }));
      await page.mouse.move(1, 1);
      const latency = page.evaluate(cardLatency, selector);
      await page.hover(selector);
      const shown = await latency;
      expect(shown.name).toBe(name);
      expect(shown.ms).toBeGreaterThanOrEqual(DELAY_MS - 20);
      console.log(`Firefox: first card ${(shown.ms - DELAY_MS).toFixed(0)} ms after the hover delay ended`);
      await page.close();
    });
  });
});
