import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { builtDictionary, MARK, openPopup, seriousViolations, tabIdOf } from './helpers/backstory-ui';
import { exportLayerJson } from '../../utils/reader-layer/model/export';
import type { ReaderLayer } from '../../utils/reader-layer/model/layer-schema';
import { readStoredLayer } from './helpers/stored-layer';

const bundledIds = new Set(builtDictionary().entities.map((e) => e.id));
const FINISHED = new Set(['done', 'gave-up']);

/** The reader's layer as stored in the extension's IndexedDB (read through the service worker). */
async function storedLayer(ext: ChromiumWithExtension): Promise<ReaderLayer | undefined> {
  return (await ext.worker()).evaluate(readStoredLayer);
}

/** The keys the extension holds in storage.local. */
async function localKeys(ext: ChromiumWithExtension): Promise<string[]> {
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } };
    };
    return Object.keys(await chrome.storage.local.get(null));
  });
}

/** Entity ids currently marked on `page`. */
const markedIds = (page: Page) =>
  page.$$eval(MARK, (marks) => [...new Set(marks.map((m) => m.getAttribute('data-backstory-entity')!))]);

describe('learning from an article in Chromium', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  let page: Page;
  let url: string;
  let learnedOnly: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    ext = await launchChromium({ readAlong: false });
    page = await ext.context.newPage();
    url = server.url('pages/bbc-1.html');
    await page.goto(url);
    await waitForReport(ext, url, (r) => FINISHED.has(r.status), 60_000);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('"Learn from this article" in the popup learns the page and its new names are marked at once', async () => {
    const before = new Set(await markedIds(page));
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const started = Date.now();
    await popup.getByRole('button', { name: 'Learn from this article' }).click();
    const status = popup.getByRole('status').filter({ hasText: /^Learned / });
    await status.waitFor({ timeout: 30_000 });
    console.log(`learned bbc-1 in ${Date.now() - started} ms (click to message): ${await status.textContent()}`);

    const layer = await storedLayer(ext);
    expect(layer?.sources).toHaveLength(1);
    // The layer and its names live in IndexedDB: storage.local (whose change events reach every tab) holds only what
    // pages read and the small outline.
    const keys = await localKeys(ext);
    expect(keys).toEqual(expect.arrayContaining(['pageNames', 'readerOutline']));
    expect(keys).not.toContain('readerLayer');
    expect(keys).not.toContain('readerNames');
    const learned = layer!.sources[0]!;
    expect(learned.source).toMatchObject({ url, title: expect.stringMatching(/gun laws/) });
    expect(learned.source.publisher).toBeTruthy();
    const names = new Map(learned.entities.map((c) => [c.id, c.name]));
    expect([...names.values()]).toEqual(expect.arrayContaining([expect.stringMatching(/Obama/)]));
    learnedOnly = [...names.keys()].filter((id) => !bundledIds.has(id));
    expect(learnedOnly.length).toBeGreaterThan(3);

    // The page is annotated again from the storage change, without a reload.
    await expect
      .poll(async () => (await markedIds(page)).filter((id) => learnedOnly.includes(id)).length, { timeout: 15_000 })
      .toBeGreaterThan(3);
    const obama = [...names].find(([, name]) => /Obama/.test(name))![0];
    expect(await markedIds(page)).toContain(obama);
    for (const id of before) expect(await markedIds(page)).toContain(id);

    // The popup lists the learned name, and its card cites the learned page with a link to it.
    const withFacts = learned.entities.find((c) => c.facts.length > 0 && learnedOnly.includes(c.id))!;
    const item = popup.locator(`[data-entity-id="${withFacts.id}"]`);
    await item.waitFor({ timeout: 10_000 });
    await item.click();
    await popup.getByText(withFacts.facts[0]!).first().waitFor();
    const links = await popup.$$eval('.bs-card cite a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(url);
    await popup.close();
  });

  it('a learned name in text the page adds after it asked for its names is marked', async () => {
    const layer = (await storedLayer(ext))!;
    const person = layer.sources[0]!.entities.find((c) => learnedOnly.includes(c.id) && c.type === 'person')!;
    const later = await ext.context.newPage();
    const laterUrl = server.url('pages/later-text.html');
    await later.route(laterUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<title>Notes</title><main><p>Nothing known here yet.</p></main>',
      }),
    );
    await later.goto(laterUrl);
    await waitForReport(ext, laterUrl, (r) => FINISHED.has(r.status), 30_000);
    expect(await markedIds(later)).not.toContain(person.id);
    await later.evaluate((name) => {
      const added = document.createElement('p');
      added.textContent = `Later that day ${name} spoke again.`;
      document.querySelector('main')!.append(added);
    }, person.name);
    await expect.poll(async () => markedIds(later), { timeout: 15_000 }).toContain(person.id);
    await later.close();
  });

  it('the options page lists the learned source; removing it unmarks its names and undo brings them back', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#dictionary`);
    const remove = options.getByRole('button', { name: /^Remove Obama admits/ });
    await remove.waitFor();
    expect(await seriousViolations(options, ['.bs-dict'])).toEqual([]);
    await remove.click();
    await expect.poll(async () => (await markedIds(page)).filter((id) => learnedOnly.includes(id))).toEqual([]);
    expect((await storedLayer(ext))?.sources).toEqual([]);
    await options.getByRole('button', { name: /^Undo removing/ }).click();
    await expect
      .poll(async () => (await markedIds(page)).filter((id) => learnedOnly.includes(id)).length)
      .toBeGreaterThan(3);
    await options.close();
  });

  it('"Not a name" from a popup card unmarks that name on the page at once, and the options page can undo it', async () => {
    const target = learnedOnly[0]!;
    await expect.poll(async () => markedIds(page)).toContain(target);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const item = popup.locator(`[data-entity-id="${target}"]`);
    await item.waitFor({ timeout: 10_000 });
    await item.click();
    await popup.getByText('Correct this name').click();
    expect(await seriousViolations(popup, ['.bs-correct', '.bs-learn'])).toEqual([]);
    await popup.getByRole('button', { name: 'Not a name' }).click();
    await expect.poll(async () => markedIds(page)).not.toContain(target);
    expect((await storedLayer(ext))?.corrections).toMatchObject([{ kind: 'not-a-name', entity: target }]);
    await popup.close();

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#dictionary`);
    await options.getByRole('button', { name: /^Remove the correction: .* is not a name$/ }).click();
    await expect.poll(async () => markedIds(page)).toContain(target);
    expect((await storedLayer(ext))?.corrections).toEqual([]);
    await options.close();
  });

  it('a hostile import file is refused with a clear message and the stored layer stays as it was', async () => {
    const before = await storedLayer(ext);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#dictionary`);
    const input = options.getByLabel('Import a dictionary file…');
    await input.setInputFiles({
      name: 'deep.json',
      mimeType: 'application/json',
      buffer: Buffer.from(`{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
    });
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/Nothing was imported.*levels deep/s);
    expect(await storedLayer(ext)).toEqual(before);

    // A file that is not JSON at all is refused too.
    const readme = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/README.md'));
    await input.setInputFiles({ name: 'readme.json', mimeType: 'application/json', buffer: readme });
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not valid JSON/);
    expect(await storedLayer(ext)).toEqual(before);

    // The layer's own export is accepted: the same source comes back under the same id.
    const exported = Buffer.from(exportLayerJson(before!));
    await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: exported });
    await options
      .getByRole('status')
      .filter({ hasText: /^Imported 1 source/ })
      .waitFor();
    const after = await storedLayer(ext);
    expect(after?.sources.map((s) => s.source.id)).toEqual(before!.sources.map((s) => s.source.id));
    expect(after?.sources[0]?.entities.map((c) => c.id)).toEqual(before!.sources[0]?.entities.map((c) => c.id));
    // With the memory of the article: when it was learned, so forgetting the last hour still takes it.
    expect(before!.sources[0]?.learnedAt).toBeGreaterThan(0);
    expect(after?.sources.map((s) => [s.learnedAt, s.textKey])).toEqual(
      before!.sources.map((s) => [s.learnedAt, s.textKey]),
    );
    await options.close();
  });

  it('a hover card on the page shows a learned name from the background and offers the popup card’s corrections', async () => {
    const learned = (await storedLayer(ext))!.sources[0]!;
    const onPage = new Set(await markedIds(page));
    const target = learned.entities.find((c) => c.facts.length > 0 && learnedOnly.includes(c.id) && onPage.has(c.id))!;
    const shown = target.descriptionFact === undefined ? target.description : target.facts[target.descriptionFact]!;
    const mark = page.locator(`${MARK}[data-backstory-entity="${target.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await page.mouse.move(1, 1);
    await mark.hover();
    const card = page.locator('backstory-card .bs-hover-card');
    await card.waitFor({ timeout: 5_000 });
    expect(await card.locator('#bs-hover-name').textContent()).toBe(target.name);
    expect(await card.textContent()).toContain((shown || target.facts[0]!).slice(0, 30));

    await card.getByText('Correct this name').click();
    await card.getByRole('button', { name: 'Not a name' }).click();
    await expect.poll(async () => markedIds(page)).not.toContain(target.id);
    expect((await storedLayer(ext))?.corrections).toMatchObject([{ kind: 'not-a-name', entity: target.id }]);
  });
  it('learning goes on in the background: closing the popup right after the click loses nothing', async () => {
    const other = await ext.context.newPage();
    const otherUrl = server.url('pages/guardian-1.html');
    await other.goto(otherUrl);
    await waitForReport(ext, otherUrl, (r) => FINISHED.has(r.status), 60_000);
    const popup = await openPopup(ext, await tabIdOf(ext, other));
    await popup.getByRole('button', { name: 'Learn from this article' }).click();
    await popup.close();
    await expect
      .poll(async () => (await storedLayer(ext))?.sources.map((s) => s.source.url), { timeout: 30_000 })
      .toContain(otherUrl);
    await other.close();
  });
});
