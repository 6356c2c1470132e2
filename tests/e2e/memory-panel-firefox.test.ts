import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './helpers/launch-firefox';
import { readStoredLayer } from './helpers/stored-layer';
import { SEEDED_CORRECTION as correction, seededLayer, storedLayerItems } from './helpers/seeded-memory';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Polls `read` every 200 ms until `done` holds of its value; throws with the last value after `timeoutMs`. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`gave up waiting after ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

/** The page's visible text, or '' while its document is not there yet. */
const textOf = (page: Page) => page.evaluate(() => document.body?.innerText ?? '').catch(() => '');

/** Waits until the page shows `expected` (a whole line, or a pattern). */
async function shows(page: Page, expected: string | RegExp): Promise<void> {
  const matches = (text: string) =>
    text.split('\n').some((line) => (typeof expected === 'string' ? line.trim() === expected : expected.test(line)));
  await until(() => textOf(page), matches);
}

/** Clicks the enabled button that reads `label` exactly. */
async function press(page: Page, label: string): Promise<void> {
  const pressed = await until(
    () =>
      page.evaluate((wanted) => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === wanted && !b.disabled,
        );
        button?.click();
        return button !== undefined;
      }, label),
    Boolean,
  );
  expect(pressed, label).toBe(true);
}

// Firefox shows add-on pages to WebDriver only with system access allowed, and never sees their load finish (the tab
// moves to the add-on's process), so each page counts as ready once its script answers.
describe('the memory panel of the options page in Firefox (temporary add-on over WebDriver BiDi)', () => {
  let firefox: FirefoxWithExtension;
  let options: Page;

  /** Opens an add-on page in a new tab and waits until its script can use the add-on's API. */
  async function openExtensionPage(path: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.goto(`${firefox.extensionOrigin}/${path}`, { timeout: 2_000 }).catch(() => undefined);
    await until(() => page.evaluate(() => 'browser' in globalThis).catch(() => false), Boolean);
    return page;
  }

  beforeAll(async () => {
    firefox = await launchFirefox({ extensionPages: true, readAlong: false });
    // The layer goes where an earlier version kept it, with its outline: the add-on moves it on first read.
    const seeding = await openExtensionPage('options.html');
    await seeding.evaluate(
      async (items) => {
        const { browser } = globalThis as unknown as {
          browser: { storage: { local: { set(v: object): Promise<void> } } };
        };
        await browser.storage.local.set(items);
      },
      storedLayerItems(seededLayer(Date.now())),
    );
    await seeding.close();
    options = await openExtensionPage('options.html#dictionary');
  }, 60_000);
  afterAll(async () => firefox?.close());

  const stored = async () => (await options.evaluate(readStoredLayer))!;
  const titles = async () => (await stored()).sources.map((s) => s.source.title);

  it('the options page passes axe with the question of forgetting everything open', async () => {
    await shows(options, /^4 articles remembered/);
    await press(options, 'Forget everything…');
    await shows(options, 'Forget everything');
    await options.evaluate(AXE_SOURCE);
    const violations = await options.evaluate(async () => {
      const { axe } = globalThis as unknown as {
        axe: { run(context: string): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      };
      const results = await axe.run('body');
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await press(options, 'Cancel');
  });

  it('forgetting the last hour removes exactly the article kept in it, and what only it said', async () => {
    await shows(options, /^4 articles remembered, about \d+ KB in storage\.$/);
    await press(options, 'Forget the last hour');
    await shows(options, 'Forgot 1 article kept in the last hour.');
    expect(await titles()).toEqual(['Story 1', 'Story 2', 'Story 3']);
    const layer = await stored();
    expect(layer.sources.flatMap((s) => s.entities.map((e) => e.name))).not.toContain('Kim Lone');
    expect(layer.corrections).toEqual([correction]);
    await shows(options, /^3 articles remembered/);
  });

  it('forgetting the last day then takes the five-hour-old article, and nothing older', async () => {
    await press(options, 'Forget the last day');
    await shows(options, 'Forgot 1 article kept in the last day.');
    expect(await titles()).toEqual(['Story 1', 'Story 2']);
    await press(options, 'Forget the last hour');
    await shows(options, 'Nothing was kept in the last hour.');
    expect(await titles()).toEqual(['Story 1', 'Story 2']);
  });

  it('forgets everything once confirmed, keeping the corrections', async () => {
    await press(options, 'Forget everything…');
    await press(options, 'Forget everything');
    await shows(options, 'Forgot 2 articles; your corrections stay.');
    const layer = await stored();
    expect(layer.sources).toEqual([]);
    expect(layer.corrections).toEqual([correction]);
    await shows(options, 'Nothing is remembered yet.');
  });
});
