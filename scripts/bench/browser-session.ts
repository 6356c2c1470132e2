import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, chromiumFlags } from '../lib/chromium-flags';
import { closeWelcomePage } from '../lib/welcome-page';

/** A Chromium with a fresh profile and at most one unpacked extension, reaching only the local server. */
export interface BrowserSession {
  context: BrowserContext;
  /** The extension's service worker, for its storage; null without an extension. */
  worker: Worker | null;
  close(): Promise<void>;
}

/** Starts Chromium with `extensionDir` loaded (or none); every request off `origin` is refused. */
export async function openBrowserSession(origin: string, extensionDir: string | null): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'backstory-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: chromiumFlags(extensionDir ? { extensionDir } : {}),
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return /^https?:/.test(url) && !url.startsWith(origin) ? route.abort() : route.continue();
  });
  const worker = extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  if (extensionDir && worker) await closeWelcomePage(context, extensionDir, new URL(worker.url()).host);
  return {
    context,
    worker,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stores `items` in the extension's local storage, as its own pages would. */
export async function storeLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (items) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
    };
    await chrome.storage.local.set(items);
  }, items);
}
