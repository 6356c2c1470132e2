import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { seriousViolations } from './helpers/backstory-ui';

describe('the first-run page in Chromium', () => {
  let ext: ChromiumWithExtension;
  let welcome: Page;
  beforeAll(async () => {
    ext = await launchChromium({ keepWelcome: true });
    welcome = ext.welcome!;
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Backstory' }).waitFor();
  });
  afterAll(async () => ext?.close());

  /** The stored "Remember articles I read", read from the extension's storage (undefined before any write). */
  const stored = async () =>
    (await ext.worker()).evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      };
      const { settings } = (await chrome.storage.local.get('settings')) as {
        settings?: { rememberArticles?: boolean };
      };
      return settings?.rememberArticles;
    });

  it('opens once installed and says what remembering keeps and where, with the switch off', async () => {
    expect(await welcome.title()).toBe('Welcome to Backstory');
    const text = await welcome.locator('main').innerText();
    expect(text).toContain('What is kept');
    expect(text).toContain('not its full text');
    expect(text).toContain('on this computer only');
    const toggle = welcome.getByRole('switch', { name: 'Remember articles I read' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await welcome.getByRole('link', { name: 'Open the settings' }).getAttribute('href')).toBe('/options.html');
  });

  it('its switch turns remembering on and off in the settings the popup and options page share', async () => {
    const toggle = welcome.getByRole('switch', { name: 'Remember articles I read' });
    await toggle.click();
    await expect.poll(stored).toBe(true);
    await toggle.click();
    await expect.poll(stored).toBe(false);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no serious or critical problem (${scheme})`, async () => {
      await welcome.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(welcome, ['body'])).toEqual([]);
    });
  }
});
