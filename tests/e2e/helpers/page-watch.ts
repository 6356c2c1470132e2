import type { Page } from 'playwright-core';

/** Uncaught errors of the page, and console errors that come from the extension's own scripts. */
export interface PageProblems {
  pageErrors: string[];
  extensionConsoleErrors: string[];
}

/** Starts collecting a Playwright page's uncaught errors and the extension's console errors. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { pageErrors: [], extensionConsoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (where.startsWith('chrome-extension://') || /backstory/i.test(message.text()))
      problems.extensionConsoleErrors.push(`${message.text()} (${where})`);
  });
  return problems;
}
