// The first-run page Backstory opens in a tab of its own when it is installed, which every scripted launch is.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Whether the built extension in `extensionDir` has a first-run page (the peers benchmarks compare with have none). */
export function hasWelcomePage(extensionDir: string): boolean {
  return existsSync(path.join(extensionDir, 'welcome.html'));
}

/**
 * The first-run page the extension `extensionId` opened on install, waited for (up to `timeoutMs`) so that it never
 * opens in the middle of a measurement or a test; throws when it did not open.
 */
export async function welcomePage(context: BrowserContext, extensionId: string, timeoutMs = 20_000): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const end = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > end) throw new Error('the extension did not open its welcome page on install');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Closes the first-run page of the extension in `extensionDir`, once it opens, when it has one. */
export async function closeWelcomePage(context: BrowserContext, extensionDir: string, extensionId: string) {
  if (hasWelcomePage(extensionDir)) await (await welcomePage(context, extensionId)).close();
}
