import type { Locator, Page } from 'playwright-core';
import type { ChromiumWithExtension } from './launch-chromium';

/** What went on in an extension page that did not show what a test waited for. */
async function pageState(page: Page, events: string[]): Promise<string> {
  const state = await page
    .evaluate(() => ({
      readyState: document.readyState,
      body: (document.body?.innerText ?? '').slice(0, 300),
      scripts: [...document.scripts].map((s) => s.src).join(' '),
    }))
    .catch((error: unknown) => ({ error: String(error) }));
  return JSON.stringify({ url: page.url(), ...state, events });
}

/**
 * Opens the extension's page `path` (e.g. "options.html#dictionary") in a new tab and waits until `ready` shows.
 * A page that shows nothing in `timeoutMs` is loaded once more; what went on in it (its state, errors, crashes,
 * failed requests) is printed then, and thrown with the error when the second load shows nothing either.
 */
export async function openExtensionPage(
  ext: ChromiumWithExtension,
  path: string,
  ready: (page: Page) => Locator,
  timeoutMs = 15_000,
): Promise<Page> {
  const page = await ext.context.newPage();
  const events: string[] = [];
  page.on('crash', () => events.push('renderer crashed'));
  page.on('pageerror', (error) => events.push(`page error: ${String(error)}`));
  page.on('console', (m) => m.type() === 'error' && events.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => events.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  const url = `chrome-extension://${ext.extensionId}/${path}`;
  await page.goto(url, { waitUntil: 'load' });
  if (await shows(ready(page), timeoutMs)) return page;
  console.warn(`${path} showed nothing in ${timeoutMs} ms; loading it again. ${await pageState(page, events)}`);
  await page.goto(url, { waitUntil: 'load' });
  if (await shows(ready(page), timeoutMs)) return page;
  throw new Error(`${path} showed nothing after two loads: ${await pageState(page, events)}`);
}

const shows = (locator: Locator, timeout: number) =>
  locator.waitFor({ timeout }).then(
    () => true,
    () => false,
  );
