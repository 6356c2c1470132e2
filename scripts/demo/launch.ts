import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, chromiumFlags } from '../lib/chromium-flags';
import { closeWelcomePage } from '../lib/welcome-page';

/** Chromium with the built extension loaded, in a fresh profile, and the extension's id. */
export interface DemoBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
}

/** Starts Chromium (headless or in a window) with the extension in `extensionDir` loaded. */
export async function launchWithExtension(extensionDir: string, headless: boolean): Promise<DemoBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright's own headless mode cannot load extensions; the new headless mode can.
    headless: false,
    viewport: null,
    args: [...chromiumFlags({ headless, extensionDir }), ...(headless ? ['--window-size=1280,900'] : [])],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  await closeWelcomePage(context, extensionDir, extensionId);
  return { context, extensionId, userDataDir };
}
