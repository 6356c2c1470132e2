import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { DemoBrowser } from './launch';
import { openCard, richestEntities, tabIdOf, waitForMarks } from './screenshots';

/** The size both the Chrome Web Store and Firefox Add-ons take for listing screenshots. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;

const POPUP = { width: 384, height: 600 };

/** The popup as the browser shows it: under the toolbar at the right, over the page, with a border and a shadow. */
async function withPopup(pageShot: Buffer, popupShot: Buffer): Promise<Buffer> {
  const left = STORE_SIZE.width - POPUP.width - 24;
  const top = 8;
  const shadow = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${POPUP.width + 40}" height="${POPUP.height + 40}">` +
      `<defs><filter id="s"><feGaussianBlur stdDeviation="8"/></filter></defs>` +
      `<rect x="20" y="24" width="${POPUP.width}" height="${POPUP.height}" rx="8" fill="#000" opacity=".28" filter="url(#s)"/>` +
      `</svg>`,
  );
  const framed = await sharp(popupShot)
    .extend({ top: 1, bottom: 1, left: 1, right: 1, background: '#8f8f9d' })
    .toBuffer();
  return sharp(pageShot)
    .composite([
      { input: shadow, left: left - 20, top: top - 20 },
      { input: framed, left: left - 1, top: top - 1 },
    ])
    .png()
    .toBuffer();
}

/** The popup for the demo tab, with `prepare` run on it first (opening a card, say). */
async function popupShot(browser: DemoBrowser, page: Page, prepare?: (popup: Page) => Promise<void>) {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.bs-entity-item', { timeout: 15_000 });
  await prepare?.(popup);
  const shot = await popup.screenshot();
  await popup.close();
  return shot;
}

/**
 * Saves the store listing's screenshots at 1280×800 into `outDir`: the highlighted article with a card open (light
 * and dark), and the popup over the article, listing its names and showing one entity's card.
 */
export async function takeStoreScreenshots(browser: DemoBrowser, pageUrl: string, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const saved: string[] = [];
  const save = async (name: string, image: Buffer) => {
    const path = join(outDir, name);
    await sharp(image).png().toFile(path);
    saved.push(path);
  };
  const ranked = await richestEntities();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize(STORE_SIZE);
  await page.goto(pageUrl);
  await waitForMarks(page);

  await openCard(page, ranked);
  await save('1-hover-card.png', await page.screenshot());
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCard(page, ranked);
  await save('2-hover-card-dark.png', await page.screenshot());
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(5, 5);
  const article = await page.screenshot();
  await save('3-popup-names.png', await withPopup(article, await popupShot(browser, page)));
  const card = await popupShot(browser, page, async (popup) => {
    const listed = new Set(
      await popup.$$eval('.bs-entity-list [data-entity-id]', (items) => items.map((i) => i.dataset.entityId)),
    );
    const richest = ranked.find((id) => listed.has(id));
    await popup.locator(`.bs-entity-list [data-entity-id="${richest}"]`).first().click();
    await popup.waitForSelector('.bs-popup-card blockquote', { timeout: 5_000 }).catch(() => undefined);
  });
  await save('4-popup-card.png', await withPopup(article, card));
  return saved;
}
