// Some Chromium sessions answer "" for every message of the extension's catalogue. Here the extension pages' catalogue
// is silenced before their scripts run, and they must still show their words, read from the catalogue shipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { GROUPS, openPopup, tabIdOf } from './helpers/backstory-ui';
import type { PageReport } from '../../utils/messaging';

describe('extension pages when the browser answers no message (Chromium)', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  let page: Page;
  let report: PageReport;

  beforeAll(async () => {
    server = await startStaticServer();
    ext = await launchChromium({ readAlong: false });
    await ext.context.addInitScript(() => {
      const i18n = (globalThis as { chrome?: { i18n?: { getMessage?: unknown } } }).chrome?.i18n;
      if (location.protocol === 'chrome-extension:' && i18n) i18n.getMessage = () => '';
    });
    page = await ext.context.newPage();
    const url = server.url('demo/index.html');
    await page.goto(url);
    report = await waitForReport(ext, url, (r) => r.status === 'done', 60_000);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the popup names its groups and the options page its sections', async () => {
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const heading = popup.locator('.bs-entity-list section h3').first();
    await heading.waitFor({ timeout: 10_000 });
    const type = report.entities.find((e) => e.type === 'person') ? 'person' : report.entities[0]!.type;
    await expect(popup.locator('.bs-entity-list section h3').allTextContents()).resolves.toContain(
      `${GROUPS[type]} (${report.entities.filter((e) => e.type === type).length})`,
    );
    expect(await popup.title()).toBe('Backstory');
    await popup.close();

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Backstory settings' }).waitFor({ timeout: 10_000 });
    expect(await options.evaluate(() => document.body.innerText)).toContain('Highlight names on every site');
    await options.close();
  });
});
