import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { sendToTab, waitForReport } from './helpers/content-messages';
import {
  builtDictionary,
  CARD,
  MARK,
  openPopup,
  richestFirst,
  seriousViolations,
  tabIdOf,
} from './helpers/backstory-ui';

const dictionary = builtDictionary();
const FINISHED = new Set(['done', 'gave-up']);

describe('accessibility in Chromium', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer();
    ext = await launchChromium({ readAlong: false });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function demoPage(colorScheme: 'light' | 'dark'): Promise<{ page: Page; url: string }> {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1200, height: 800 });
    const url = server.url('demo/index.html');
    await page.goto(url);
    await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
    return { page, url };
  }

  it('the next/previous shortcut reaches every highlighted name, in order, opening its card', async () => {
    const { page, url } = await demoPage('light');
    const total = await page.locator(MARK).count();
    expect(total).toBeGreaterThan(0);
    const focusedIndex = () =>
      page.evaluate((sel) => [...document.querySelectorAll(sel)].indexOf(document.activeElement!), MARK);
    for (let i = 0; i < total; i++) {
      await sendToTab(ext, url, 'background:move-focus', { direction: 1 });
      await expect.poll(focusedIndex).toBe(i);
      const id = await page.locator(MARK).nth(i).getAttribute('data-backstory-entity');
      const name = dictionary.entities.find((e) => e.id === id)!.name;
      await expect.poll(() => page.locator(`${CARD} #bs-hover-name`).textContent()).toBe(name);
    }
    // Past the last name it wraps to the first; backwards from there it wraps to the last.
    await sendToTab(ext, url, 'background:move-focus', { direction: 1 });
    await expect.poll(focusedIndex).toBe(0);
    await sendToTab(ext, url, 'background:move-focus', { direction: -1 });
    await expect.poll(focusedIndex).toBe(total - 1);
    // Escape closes the card and leaves focus where it was; the temporary tabindex goes when focus leaves.
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
    expect(await focusedIndex()).toBe(total - 1);
    await page.locator('h1').click();
    expect(await page.locator(`${MARK}[tabindex]`).count()).toBe(0);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no serious or critical problem in the hover card (${scheme})`, async () => {
      const { page } = await demoPage(scheme);
      const ids = new Set(await page.$$eval(MARK, (ms) => ms.map((m) => m.getAttribute('data-backstory-entity'))));
      const entity = richestFirst(dictionary).find((e) => ids.has(e.id))!;
      const mark = page.locator(`${MARK}[data-backstory-entity="${entity.id}"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await page.locator(CARD).waitFor();
      expect(await page.locator(CARD).getAttribute('data-theme')).toBe(scheme);
      expect(await seriousViolations(page, [['backstory-card', '.bs-hover-card']])).toEqual([]);
      await page.close();
    });

    it(`axe finds no serious or critical problem in the popup list and card (${scheme})`, async () => {
      const { page } = await demoPage(scheme);
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.bs-entity-item').first().waitFor({ timeout: 10_000 });
      expect(await seriousViolations(popup, ['body'])).toEqual([]);
      await popup.locator('.bs-entity-item').first().click();
      await popup.locator('.bs-popup-card h2').waitFor();
      expect(await seriousViolations(popup, ['body'])).toEqual([]);
      await popup.getByRole('button', { name: /Back to the list/ }).click();
      await popup.getByRole('searchbox').fill(dictionary.entities[0]!.name.slice(0, 3));
      await popup.locator('.bs-search .bs-entity-item').first().waitFor();
      expect(await seriousViolations(popup, ['body'])).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});
