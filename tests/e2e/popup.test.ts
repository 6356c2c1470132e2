import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { builtDictionary, GROUPS, MARK, openPopup, richestFirst, tabIdOf } from './helpers/backstory-ui';
import type { PageReport } from '../../utils/messaging';

const dictionary = builtDictionary();
const FINISHED = new Set(['done', 'gave-up']);

describe('popup in Chromium', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  let page: Page;
  let report: PageReport;
  let url: string;

  beforeAll(async () => {
    server = await startStaticServer();
    ext = await launchChromium({ readAlong: false });
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1200, height: 700 });
    url = server.url('demo/index.html');
    await page.goto(url);
    report = await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lists the entities the page names, grouped by type and sorted by mention count', async () => {
    expect(report.entities.length).toBeGreaterThan(0);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.locator('.bs-entity-item').first().waitFor({ timeout: 10_000 });
    const groups = await popup.$$eval('.bs-entity-list section', (sections) =>
      sections.map((s) => ({
        heading: s.querySelector('h3')!.textContent!,
        ids: [...s.querySelectorAll('[data-entity-id]')].map((b) => b.getAttribute('data-entity-id')!),
      })),
    );
    const listed = groups.flatMap((g) => g.ids);
    expect(new Set(listed)).toEqual(new Set(report.entities.map((e) => e.id)));
    for (const group of groups) {
      const entities = group.ids.map((id) => report.entities.find((e) => e.id === id)!);
      expect(group.heading).toBe(`${GROUPS[entities[0]!.type]} (${entities.length})`);
      expect(entities.every((e) => e.type === entities[0]!.type)).toBe(true);
      const counts = entities.map((e) => e.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    await popup.close();
  });

  it('shows a card with facts and quotes, and "show on page" scrolls the tab to the next mention', async () => {
    const tabId = await tabIdOf(ext, page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const onPage = new Set(report.entities.map((e) => e.id));
    // An entity mentioned more than once whose first mention is below the fold, so showing it must scroll.
    const below = await page.$$eval(MARK, (marks) =>
      marks
        .filter((m) => m.getBoundingClientRect().top > window.innerHeight)
        .map((m) => m.getAttribute('data-backstory-entity')!),
    );
    const entity =
      richestFirst(dictionary).find((e) => onPage.has(e.id) && below.includes(e.id)) ??
      dictionary.entities.find((e) => onPage.has(e.id))!;
    const count = report.entities.find((e) => e.id === entity.id)!.count;

    const popup = await openPopup(ext, tabId);
    await popup.locator(`.bs-entity-list [data-entity-id="${entity.id}"]`).click();
    const card = popup.locator('.bs-popup-card');
    await card.locator('h2', { hasText: entity.name }).waitFor();
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('Back to the list');
    expect(await card.locator('.bs-facts li').count()).toBe(entity.facts.length);
    const quotes = dictionary.quotes.filter((q) => q.speaker === entity.id || q.about.includes(entity.id));
    expect(await card.locator('blockquote').count()).toBe(quotes.length);
    expect(await card.locator('figcaption cite').count()).toBe(quotes.length);

    await card.getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => card.locator('.bs-card-status').textContent()).toBe(`Mention 1 of ${count}`);
    // A real popup floats over its tab, which keeps painting; here the tab sits behind the popup's own tab, where
    // the browser pauses smooth scrolling, so it is brought forward to watch it scroll.
    await page.bringToFront();
    const firstMark = page.locator(`${MARK}[data-backstory-entity="${entity.id}"]`).first();
    await expect
      .poll(() =>
        firstMark.evaluate((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    if (count > 1) {
      await card.getByRole('button', { name: 'Show on page' }).click();
      await expect.poll(() => card.locator('.bs-card-status').textContent()).toBe(`Mention 2 of ${count}`);
    }
    await popup.getByRole('button', { name: /Back to the list/ }).click();
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-entity-id')))
      .toBe(entity.id);
    await popup.close();
  });

  it('searches the whole dictionary as the reader types', async () => {
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const target = dictionary.entities[0]!;
    const input = popup.getByRole('searchbox', { name: 'Search all names' });
    await input.pressSequentially(target.name.slice(0, 4), { delay: 30 });
    await popup.locator(`.bs-search [data-entity-id="${target.id}"]`).waitFor();
    expect(await popup.locator('#bs-on-page-heading').count()).toBe(0);
    await input.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.locator('.bs-popup-card h2', { hasText: target.name }).waitFor();
    await popup.close();
  });

  it('switches Backstory off for the site and back on, taking effect on the page at once', async () => {
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const toggle = popup.getByRole('switch', { name: /Backstory on 127\.0\.0\.1/ });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => page.locator(MARK).count(), { timeout: 10_000 }).toBe(0);
    await popup.locator('.bs-empty[data-kind="off"]').waitFor({ timeout: 10_000 });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => page.locator(MARK).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
  });

  it('offers "Remember articles I read", off until the reader turns it on, and saves the choice', async () => {
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const remember = popup.getByRole('checkbox', { name: 'Remember articles I read' });
    await remember.waitFor();
    expect(await remember.isChecked()).toBe(false);
    await remember.check();
    const stored = async () =>
      (await ext.worker()).evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, { rememberArticles?: boolean }>> } } };
        };
        return (await chrome.storage.local.get('settings')).settings?.rememberArticles;
      });
    await expect.poll(stored).toBe(true);
    await remember.uncheck();
    await expect.poll(stored).toBe(false);
    await popup.close();
  });

  it('explains a page where extensions cannot run', async () => {
    const blank = await ext.context.newPage();
    await blank.goto('about:blank');
    const popup = await openPopup(ext, await tabIdOf(ext, blank));
    // The popup cannot see the address of the tab without extra permissions, so it waits for the content script
    // a moment before saying the page cannot be read.
    await expect
      .poll(() => popup.locator('.bs-empty').getAttribute('data-kind'), { timeout: 10_000 })
      .toMatch(/^(restricted|unreachable)$/);
    await popup.close();
    await blank.close();
  });
});
