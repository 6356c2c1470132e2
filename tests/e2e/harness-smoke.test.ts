import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { sendToTab } from './helpers/content-messages';

describe('e2e harness (Chromium)', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer();
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('loads the built extension and finds its id from the service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('serves fixtures from localhost and reaches the content script over messaging', async () => {
    const page = await ext.context.newPage();
    const url = server.url('founding-article.html');
    await page.goto(url);
    expect(await page.title()).not.toBe('');
    const report = await sendToTab(ext, url, 'popup:get-page-report');
    expect(report.url).toBe(url);
    await page.close();
  });
});
