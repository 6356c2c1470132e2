import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, chromiumFlags } from '../../../scripts/lib/chromium-flags';
import { welcomePage } from '../../../scripts/lib/welcome-page';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/settings/schema';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The built Chrome extension; BACKSTORY_CHROME_DIR points elsewhere (a copy taken while others rebuild). */
export const CHROME_EXTENSION_DIR = resolve(ROOT, process.env.BACKSTORY_CHROME_DIR ?? '.output/chrome-mv3');

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, as it is now (it is looked up again if the browser restarted it). */
  worker(): Promise<Worker>;
  /** The first-run page the extension opened on install, when the launch asked to keep it (closed otherwise). */
  welcome?: Page;
  close(): Promise<void>;
}

/** How to start the extension. */
export interface ChromiumLaunchOptions {
  /**
   * "Read along" (on by default). Tests of the bundled dictionary's marks, cards and counts switch it off, so that the
   * names a story adds do not change what they count; tests/e2e/read-along*.test.ts cover it.
   */
  readAlong?: boolean;
  /** Mark the whole page of an article (off by default: the story only). */
  wholePage?: boolean;
  /** "Remember articles I read" (off by default). */
  rememberArticles?: boolean;
  /** Keep the first-run page the extension opens on install (tests of that page); others get it closed. */
  keepWelcome?: boolean;
}

/** The settings a launch stores, or null when the defaults stand. */
export function launchSettings(
  options: Pick<ChromiumLaunchOptions, 'readAlong' | 'wholePage' | 'rememberArticles'>,
): Settings | null {
  if (options.readAlong !== false && !options.wholePage && !options.rememberArticles) return null;
  return {
    ...defaultSettings(),
    readAlong: options.readAlong ?? true,
    wholePage: options.wholePage ?? false,
    rememberArticles: options.rememberArticles ?? false,
  };
}

/** Launches headless Chromium with a fresh profile and the built extension loaded, and finds the extension's id. */
export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<ChromiumWithExtension> {
  const dir = CHROME_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension at ${dir}: run npm run build`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Headless comes from the --headless=new flag: Playwright's own headless mode would not load extensions.
    headless: false,
    args: chromiumFlags({ extensionDir: dir }),
  });
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  let extensionId: string;
  try {
    extensionId = new URL((await worker()).url()).host;
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  // The first-run page opens on install, which every launch is: waited for, so it never opens in the middle of a test.
  let welcome: Page;
  try {
    welcome = await welcomePage(context, extensionId);
    if (!options.keepWelcome) await welcome.close();
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const stored = launchSettings(options);
  if (stored) {
    await (
      await worker()
    ).evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
      };
      await chrome.storage.local.set({ settings });
    }, stored);
  }
  return {
    context,
    extensionId,
    worker,
    ...(options.keepWelcome ? { welcome } : {}),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
