import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import type { StaticServer } from './helpers/static-server';
import { startHostileServer } from './helpers/hostile-server';
import { bundledEntityForms } from './helpers/dictionary-forms';
import { recordRequests, type RecordedRequest, type RequestRecorder } from './helpers/request-recorder';
import { contentWorld } from './helpers/content-world';
import { tabIdFor } from './helpers/content-messages';
import { settled } from './helpers/settle';

const MARK = '[data-backstory-entity]';

// The pages used here load nothing from outside localhost themselves (the founding article, and a live blog that keeps
// adding names), so any request to the outside world would have to come from the extension.
describe('privacy: the extension makes no network requests (Chromium)', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  let recorder: RequestRecorder;

  beforeAll(async () => {
    ({ server } = await startHostileServer(bundledEntityForms()));
    ext = await launchChromium();
    recorder = await recordRequests(ext);
  });
  afterAll(async () => {
    await recorder?.stop();
    await ext?.close();
    await server?.close();
  });

  async function openPage(path: string): Promise<Page> {
    const page = await ext.context.newPage();
    await recorder.watchPage(page);
    await page.goto(server.url(path));
    return page;
  }

  it('the recorder sees requests from the content script, the service worker and extension pages', async () => {
    // Canary requests from each of the extension's contexts prove every vantage point is watching.
    const page = await openPage('founding-article.html');
    const world = await contentWorld(ext, page);
    // Named like a content script file, so the initiator stack shows what a real content-script request would.
    const scriptUrl = `chrome-extension://${ext.extensionId}/content-scripts/canary.js`;
    await world.evaluate(
      `fetch(${JSON.stringify(server.url('canary/content'))}).then((r) => r.status)\n//# sourceURL=${scriptUrl}`,
    );
    await world.detach();
    const worker = await ext.worker();
    await worker.evaluate((url) => fetch(url).then((r) => r.status), server.url('canary/worker'));
    const extensionPage = await ext.context.newPage();
    await recorder.watchPage(extensionPage);
    await extensionPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await extensionPage.evaluate((url) => fetch(url).then((r) => r.status), server.url('canary/extension-page'));
    await extensionPage.close();
    await page.close();
    const seen = (path: string) => recorder.requests.filter((r) => r.url.endsWith(path));
    expect(seen('/canary/content').some((r) => r.initiatorScripts.includes(scriptUrl))).toBe(true);
    expect(seen('/canary/worker').map((r) => r.source)).toEqual(
      expect.arrayContaining(['service-worker', 'worker-cdp']),
    );
    expect(seen('/canary/extension-page').map((r) => r.source)).toContain('extension-page');
  });

  it('annotating, hovering, focusing and using the popup and options page send nothing anywhere', async () => {
    const before = recorder.requests.length;
    const served = server.requests.length;
    for (const path of ['founding-article.html', 'hostile/live-blog.html']) {
      const page = await openPage(path);
      await page.waitForSelector(MARK, { timeout: 30_000 });
      // Reading along marks the page again once the story is read: the mark hovered is one that stays.
      await settled(() => page.locator(MARK).count(), 1_500, 30_000);
      const mark = page.locator(MARK).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await page.waitForSelector('backstory-card', { state: 'attached', timeout: 5_000 });
      await page.mouse.move(0, 0);
      await page.keyboard.press('Tab');
      const tabId = await tabIdFor(ext, page.url());
      const popup = await ext.context.newPage();
      await recorder.watchPage(popup);
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('button[data-entity-id]').first().waitFor({ timeout: 15_000 });
      const search = popup.locator('input[type="search"]');
      if (await search.first().isVisible()) await search.first().fill('Iran');
      await popup.locator('button[data-entity-id]').first().click();
      await popup.waitForTimeout(500);
      await popup.close();
      await page.close();
    }
    const options = await ext.context.newPage();
    await recorder.watchPage(options);
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForTimeout(1_000);
    await options.close();

    // data: URLs never touch the network.
    const during: RecordedRequest[] = recorder.requests.slice(before).filter((r) => !r.url.startsWith('data:'));
    const extensionOrigin = `chrome-extension://${ext.extensionId}/`;
    // The card's, the story's and reading along's scripts are the web-accessible files; Chromium serves them under a per-session id
    // (use_dynamic_url), and only the content script asks for them.
    const contentScript = `${extensionOrigin}content-scripts/content.js`;
    const ownFile = (r: RecordedRequest) =>
      r.url.startsWith(extensionOrigin) ||
      (/^chrome-extension:\/\/[0-9a-f-]{36}\/(card|story|read-along)-chunk\.js$/.test(r.url) &&
        (r.source !== 'page' || r.initiatorScripts.length === 0 || r.initiatorScripts.includes(contentScript)));
    const outside = during.filter((r) => !r.url.startsWith(server.origin + '/') && !ownFile(r));
    expect(outside).toEqual([]);
    // The extension's own contexts ask for nothing but the extension's own files.
    const fromExtension = during.filter(
      (r) => r.source !== 'page' || r.initiatorScripts.some((s) => s.startsWith('chrome-extension://')),
    );
    expect(fromExtension.filter((r) => !ownFile(r))).toEqual([]);
    // The card was loaded (names were hovered and focused), from the extension itself.
    expect(during.some((r) => r.url.endsWith('/card-chunk.js'))).toBe(true);
    console.log(`privacy: ${during.length} requests recorded, all local`);
    // Every request that reached the local server was seen by the recorder too, so nothing went around it.
    const recorded = new Set(during.map((r) => new URL(r.url).pathname));
    const unseen = server.requests.slice(served).filter((r) => !recorded.has(r.path));
    expect(unseen.map((r) => r.path)).toEqual([]);
  });
});
