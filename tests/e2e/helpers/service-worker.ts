import type { BrowserContext, Page } from 'playwright-core';

/**
 * Stops the extension's service worker, as Chromium does when it idles, and waits until Chromium reports it stopped.
 * `page` is any page of `context`, used to reach the browser's service-worker domain.
 */
export async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('the service worker did not stop')), 10_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          done();
        }
      });
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}
