import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { builtDictionary, MARK, openPopup, tabIdOf } from './helpers/backstory-ui';
import type { PageReport } from '../../utils/messaging';

const FINISHED = new Set(['done', 'gave-up']);

interface Button {
  text: string;
  title: string;
  background: number[];
}

/** What the toolbar button shows on tab `tabId`, read in the extension's service worker. */
async function button(ext: ChromiumWithExtension, tabId: number): Promise<Button> {
  const worker = await ext.worker();
  return worker.evaluate(async (id) => {
    type Details = { tabId: number };
    const { chrome } = globalThis as unknown as {
      chrome: {
        action: {
          getBadgeText(d: Details): Promise<string>;
          getTitle(d: Details): Promise<string>;
          getBadgeBackgroundColor(d: Details): Promise<number[]>;
        };
      };
    };
    const [text, title, background] = await Promise.all([
      chrome.action.getBadgeText({ tabId: id }),
      chrome.action.getTitle({ tabId: id }),
      chrome.action.getBadgeBackgroundColor({ tabId: id }),
    ]);
    return { text, title, background };
  }, tabId);
}

describe('toolbar button in Chromium: badge and title follow the page', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  let page: Page;
  let report: PageReport;
  let tabId: number;

  beforeAll(async () => {
    server = await startStaticServer({
      generated: {
        '/no-names.html': () =>
          '<!doctype html><html lang="en"><head><title>Weather</title></head><body><article><h1>Weather</h1>' +
          '<p>Rain is expected later in the week, with sunny spells at the weekend.</p></article></body></html>',
      },
    });
    ext = await launchChromium({ readAlong: false });
    page = await ext.context.newPage();
    const url = server.url('demo/index.html');
    await page.goto(url);
    report = await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
    tabId = await tabIdOf(ext, page);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('counts the known names the demo article mentions, and says so in the title', async () => {
    const names = report.entities.length;
    expect(names).toBeGreaterThan(1);
    await expect.poll(async () => (await button(ext, tabId)).text, { timeout: 10_000 }).toBe(String(names));
    const shown = await button(ext, tabId);
    expect(shown.title).toBe(`Backstory: ${names} known names in this story`);
  });

  it('turns to a muted "off" when the site is switched off in the popup, and back to the count when on', async () => {
    const live = (await button(ext, tabId)).background;
    const popup = await openPopup(ext, tabId);
    const toggle = popup.getByRole('switch', { name: /Backstory on 127\.0\.0\.1/ });
    await toggle.click();
    await expect.poll(() => page.locator(MARK).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await button(ext, tabId)).text, { timeout: 10_000 }).toBe('off');
    const off = await button(ext, tabId);
    expect(off.title).toBe('Backstory is switched off on this site');
    // Muted: a grey, where the live badge is the icon's dark blue.
    const [r, g, b] = off.background;
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(20);
    expect(off.background).not.toEqual(live);

    await toggle.click();
    await expect.poll(() => page.locator(MARK).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(async () => (await button(ext, tabId)).text, { timeout: 15_000 })
      .toBe(String(report.entities.length));
    expect((await button(ext, tabId)).background).toEqual(live);
    await popup.close();
  });

  it('shows no badge where a page names no one, and counts a name the page adds later', async () => {
    const other = await ext.context.newPage();
    const url = server.url('no-names.html');
    await other.goto(url);
    await waitForReport(ext, url, (r) => FINISHED.has(r.status), 30_000);
    const otherId = await tabIdOf(ext, other);
    await expect
      .poll(async () => (await button(ext, otherId)).title, { timeout: 10_000 })
      .toBe('Backstory: no known names on this page');
    expect((await button(ext, otherId)).text).toBe('');

    const newcomer = builtDictionary().entities.find((e) => e.type === 'person')!;
    await other.evaluate((name) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Later that day ${name} spoke to reporters.`;
      document.querySelector('article')!.append(paragraph);
    }, newcomer.name);
    await other.locator(`${MARK}[data-backstory-entity="${newcomer.id}"]`).first().waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await button(ext, otherId)).text, { timeout: 10_000 }).toBe('1');
    expect((await button(ext, otherId)).title).toBe('Backstory: 1 known name in this story');
    await other.close();
  });
});
