import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { builtDictionary, CARD, MARK, richestFirst } from './helpers/backstory-ui';
import { indexDictionary } from '../../utils/dictionary/lookup';
import { hoverQuotes } from '../../components/hover-card-view';

const dictionary = builtDictionary();
const index = indexDictionary(dictionary);
const FINISHED = new Set(['done', 'gave-up']);

// A page whose own background is dark whatever the system setting says.
const DARK_PAGE = () => {
  const demo = '<p>Placeholder</p>';
  const names = richestFirst(dictionary)
    .slice(0, 3)
    .map((e) => `<p>Today ${e.name} spoke again, and ${e.name} was heard.</p>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night edition</title></head>
<body style="background:#101418;color:#e8e8e8;font:18px/1.6 Georgia,serif;margin:2em"><article><h1>Night edition</h1>${names || demo}</article></body></html>`;
};

/** Luminance (0–1) of the card's computed background colour. */
const cardLuminance = (page: Page) =>
  page.locator(CARD).evaluate((card) => {
    const [r, g, b] = getComputedStyle(card)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number) as [number, number, number];
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });

describe('hover card in Chromium', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ generated: { '/dark-page.html': DARK_PAGE } });
    ext = await launchChromium({ readAlong: false });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openPage(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1200, height: 800 });
    const url = server.url(path);
    await page.goto(url);
    await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
    return page;
  }

  /** The first mark of the richest entity on the page. */
  async function richestMark(page: Page) {
    const onPage = new Set(await page.$$eval(MARK, (ms) => ms.map((m) => m.getAttribute('data-backstory-entity'))));
    const entity = richestFirst(dictionary).find((e) => onPage.has(e.id));
    if (!entity) throw new Error('no dictionary entity is marked on the page');
    const mark = page.locator(`${MARK}[data-backstory-entity="${entity.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    return { entity, mark };
  }

  it('opens after a dwell next to the name, with its background, facts, quotes and why it is highlighted', async () => {
    const page = await openPage('demo/index.html');
    const { entity, mark } = await richestMark(page);
    await page.mouse.move(1, 1);
    await mark.hover();
    await page.waitForTimeout(150);
    expect(await page.locator(CARD).count()).toBe(0);
    const card = page.locator(CARD);
    await card.waitFor({ timeout: 5_000 });

    expect(await card.getAttribute('aria-modal')).toBe('false');
    expect(await card.locator('#bs-hover-name').textContent()).toBe(entity.name);
    if (entity.description)
      expect(await card.locator('#bs-hover-description').textContent()).toContain(entity.description.slice(0, 40));
    const quotes = hoverQuotes(index, entity.id);
    const shown = card.locator('figure');
    expect(await shown.count()).toBe(quotes.length);
    for (const [i, quote] of quotes.entries()) {
      expect(await shown.nth(i).locator('blockquote').textContent()).toContain(quote.text.slice(0, 30));
      const speaker = quote.speaker ? index.entity(quote.speaker)!.name : 'Unattributed';
      expect(await shown.nth(i).locator('.bs-quote-speaker').textContent()).toBe(speaker);
      const source = index.source(quote.source)!;
      const cite = (await shown.nth(i).locator('cite').first().textContent())!;
      if (source.publisher) expect(cite).toBe(source.publisher);
      else expect(source.title.startsWith(cite.replace(/…$/, ''))).toBe(true);
    }
    const said = (await mark.textContent())!.trim();
    expect(await card.textContent()).toContain(`Highlighted because the page says “${said}”`);

    // Next to the name and fully on screen.
    const m = (await mark.boundingBox())!;
    const c = (await card.boundingBox())!;
    expect(c.y >= m.y + m.height - 1 || c.y + c.height <= m.y + 1).toBe(true);
    expect(Math.abs(c.x - m.x)).toBeLessThan(400);
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(1200);
    expect(await cardLuminance(page)).toBeGreaterThan(0.5);
    await page.close();
  });

  it('stays while the pointer moves onto it, closes after a grace period off it, and on Escape', async () => {
    const page = await openPage('demo/index.html');
    const { mark } = await richestMark(page);
    await mark.hover();
    const card = page.locator(CARD);
    await card.waitFor();
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 24, { steps: 8 });
    await page.waitForTimeout(800);
    expect(await card.count()).toBe(1);
    await page.mouse.move(box.x + box.width + 200, box.y + box.height + 200);
    await page.waitForTimeout(100);
    expect(await card.count()).toBe(1);
    await card.waitFor({ state: 'detached', timeout: 2_000 });

    await mark.hover();
    await card.waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 1_000 });
    await page.close();
  });

  it('moves between adjacent names without closing in between', async () => {
    const page = await openPage('demo/index.html');
    // Two marks of different entities close to each other in the same paragraph.
    const pair = await page.$$eval(MARK, (marks) => {
      for (let i = 0; i + 1 < marks.length; i++) {
        const a = marks[i]!.getBoundingClientRect();
        const b = marks[i + 1]!.getBoundingClientRect();
        const ids = [marks[i]!, marks[i + 1]!].map((m) => m.getAttribute('data-backstory-entity'));
        if (ids[0] !== ids[1] && Math.abs(a.top - b.top) < 2 && b.left - a.right < 300) return [i, i + 1];
      }
      return null;
    });
    expect(pair).not.toBeNull();
    const [first, second] = [page.locator(MARK).nth(pair![0]!), page.locator(MARK).nth(pair![1]!)];
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    await page.locator(CARD).waitFor();
    // Count every time the dialog leaves the shadow root from now on.
    await page.evaluate(() => {
      const root = document.querySelector('backstory-card')!.shadowRoot!;
      const w = window as unknown as { closes: number };
      w.closes = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.removedNodes) if (n instanceof Element && n.matches('[role="dialog"]')) w.closes++;
      }).observe(root, { childList: true, subtree: true });
    });
    const b = (await second.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    const secondId = await second.getAttribute('data-backstory-entity');
    await page.waitForFunction(
      (name) =>
        document.querySelector('backstory-card')?.shadowRoot?.querySelector('#bs-hover-name')?.textContent === name,
      index.entity(secondId!)!.name,
      { timeout: 3_000 },
    );
    expect(await page.evaluate(() => (window as unknown as { closes: number }).closes)).toBe(0);
    await page.close();
  });

  it('follows the page background: dark on a dark page, dark on a page that turns dark with the system', async () => {
    const dark = await openPage('dark-page.html', 'light');
    await (await richestMark(dark)).mark.hover();
    await dark.locator(CARD).waitFor();
    expect(await dark.locator(CARD).getAttribute('data-theme')).toBe('dark');
    expect(await cardLuminance(dark)).toBeLessThan(0.1);
    await dark.close();

    const demo = await openPage('demo/index.html', 'dark');
    await (await richestMark(demo)).mark.hover();
    await demo.locator(CARD).waitFor();
    expect(await demo.locator(CARD).getAttribute('data-theme')).toBe('dark');
    await demo.close();
  });
});
