import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { watchProblems } from './helpers/page-watch';
import { openExtensionPage } from './helpers/extension-page';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MARKS = '[data-backstory-entity]';

/** The `chrome` API calls the worker-side snippets make (the project does not ship chrome's typings). */
interface ChromeApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

describe('options page in Chromium', () => {
  let ext: ChromiumWithExtension;
  let server: StaticServer;
  let options: Page;

  beforeAll(async () => {
    server = await startStaticServer();
    ext = await launchChromium({ readAlong: false });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openOptions(): Promise<Page> {
    const page = await openExtensionPage(ext, 'options.html', (p) =>
      p.getByRole('heading', { name: 'Backstory settings' }),
    );
    await page.getByRole('switch', { name: 'Highlight names on every site' }).waitFor();
    return page;
  }

  async function storedSettings(): Promise<unknown> {
    const worker = await ext.worker();
    return worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.storage.local.get('settings')).settings;
    });
  }

  async function storeRawSettings(value: unknown): Promise<void> {
    const worker = await ext.worker();
    await worker.evaluate(async (value) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      await chrome.storage.local.set({ settings: value });
    }, value);
  }

  const markCount = (page: Page) => page.locator(MARKS).count();

  it('shows the shortcut the browser has bound to the on/off command', async () => {
    options = await openOptions();
    const worker = await ext.worker();
    const bound = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.commands.getAll()).find((c) => c.name === 'toggle-backstory')?.shortcut ?? '';
    });
    // The suggested key is free in Chrome (Alt+Shift+B is not: Chrome keeps it for the bookmarks bar).
    expect(bound).toBe('Alt+Shift+O');
    const shortcutLine = options.locator('.bs-options-shortcut');
    await expect.poll(() => shortcutLine.textContent()).toContain('chrome://extensions/shortcuts');
    expect(await options.locator('.bs-options-shortcut kbd').textContent()).toBe(bound);
    const opened = ext.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Open shortcut settings' }).click();
    const shortcuts = await opened;
    await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
    await shortcuts.close();
  });

  it('switching the site off removes the page’s marks at once, switching it on brings them back', async () => {
    const article = await ext.context.newPage();
    const problems = watchProblems(article);
    await article.goto(server.url('founding-article.html'));
    await expect.poll(() => markCount(article), { timeout: 60_000 }).toBeGreaterThan(0);
    const before = await markCount(article);

    // The reader pastes the page's address; the rule is stored under its hostname.
    await options.getByLabel('Add a site').fill(server.url('founding-article.html'));
    await options.getByLabel('Rule for the new site').selectOption('off');
    await options.getByRole('button', { name: 'Add' }).click();
    const rule = options.getByLabel('Backstory on 127.0.0.1');
    await expect.poll(() => rule.inputValue()).toBe('off');
    await expect.poll(() => markCount(article), { timeout: 10_000 }).toBe(0);
    expect(await storedSettings()).toMatchObject({ sites: { '127.0.0.1': 'off' } });

    await rule.selectOption('on');
    await expect.poll(() => markCount(article), { timeout: 10_000 }).toBe(before);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(async () => ((await storedSettings()) as { sites: object }).sites).toEqual({});
    expect(await markCount(article)).toBe(before);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.extensionConsoleErrors).toEqual([]);
    await article.close();
  });

  it('the switch for every site turns the marks off and on', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.url('founding-article.html'));
    await expect.poll(() => markCount(article), { timeout: 60_000 }).toBeGreaterThan(0);
    const before = await markCount(article);
    const toggle = options.getByRole('switch', { name: 'Highlight names on every site' });
    await toggle.uncheck();
    await expect.poll(() => markCount(article), { timeout: 10_000 }).toBe(0);
    await toggle.check();
    await expect.poll(() => markCount(article), { timeout: 10_000 }).toBe(before);
    await article.close();
  });

  it('refuses an invalid site with a message and saves nothing', async () => {
    const stored = await storedSettings();
    await options.getByLabel('Add a site').fill('not a site');
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not a valid site name/);
    expect(await storedSettings()).toEqual(stored);
  });

  it('saves each setting as it changes', async () => {
    await options.getByRole('radio', { name: 'Pages that look like articles' }).check();
    await options.getByRole('checkbox', { name: 'Other names' }).uncheck();
    await options.getByRole('radio', { name: 'Background colour' }).check();
    await options.getByRole('radio', { name: 'Only the first mention of each name on a page' }).check();
    await options.getByLabel('Delay in milliseconds').fill('1200');
    await options.getByLabel('Delay in milliseconds').press('Enter');
    await expect.poll(storedSettings).toMatchObject({
      runOn: 'articles',
      types: ['person', 'organization', 'place'],
      highlightStyle: 'background',
      firstMentionOnly: true,
      cardDelay: 1200,
    });
    // A reload shows what was saved.
    await options.reload();
    await options.getByRole('switch', { name: 'Highlight names on every site' }).waitFor();
    expect(await options.getByRole('radio', { name: 'Background colour' }).isChecked()).toBe(true);
    expect(await options.getByRole('slider', { name: 'Delay' }).inputValue()).toBe('1200');
  });

  it('settings that fail to parse fall back to defaults with a notice the reader can close', async () => {
    await storeRawSettings({ enabled: 'sometimes', cardDelay: 700, sites: { 'bad host': 'off', 'example.com': 'on' } });
    const page = await openOptions();
    const notice = page.locator('.bs-options-notice');
    await expect.poll(() => notice.textContent()).toContain('on/off everywhere');
    expect(await notice.textContent()).toContain('site rules (some entries)');
    expect(await page.getByRole('switch', { name: 'Highlight names on every site' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Backstory on example.com').inputValue()).toBe('on');
    await page.getByRole('button', { name: 'Save and close this notice' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(storedSettings).toMatchObject({ enabled: true, cardDelay: 700, sites: { 'example.com': 'on' } });
    await page.close();
  });

  it('works from the keyboard alone: tabs, the switch, adding and removing a site', async () => {
    const page = await openOptions();
    const toggle = page.getByRole('switch', { name: 'Highlight names on every site' });
    const wasOn = await toggle.isChecked();
    const focused = () =>
      page.evaluate(() => `${document.activeElement?.getAttribute('role')}:${document.activeElement?.textContent}`);
    await page.bringToFront();
    // Tabs first (arrow keys move between sections), then the section's panel, then its first control.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('tab:General');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab:Dictionary');
    expect(await toggle.count()).toBe(0);
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('tab:General');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^tabpanel:/);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('switch:');
    await page.keyboard.press('Space');
    await expect.poll(storedSettings).toMatchObject({ enabled: !wasOn });
    await page.keyboard.press('Space');
    await expect.poll(storedSettings).toMatchObject({ enabled: wasOn });
    await page.getByLabel('Add a site').focus();
    await page.keyboard.type('keyboard.example');
    await page.keyboard.press('Enter');
    await expect.poll(storedSettings).toMatchObject({ sites: { 'keyboard.example': 'off' } });
    await page.getByRole('button', { name: 'Remove keyboard.example' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => ((await storedSettings()) as { sites: object }).sites)
      .not.toHaveProperty('keyboard.example');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe, colour contrast included, in the ${colorScheme} theme`, async () => {
      const page = await openOptions();
      await page.emulateMedia({ colorScheme });
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const results = await axe.run();
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
