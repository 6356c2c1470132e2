import type { Page } from 'playwright-core';
import type { ChromiumWithExtension } from './launch-chromium';

/** A handle on the content script's isolated world in one page (Chromium only, via CDP). */
export interface ContentWorld {
  /** Evaluates an expression in the content script's world and returns its (awaited, JSON-able) value. */
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

/** Finds the isolated world the extension's content script runs in on `page`'s main frame. */
export async function contentWorld(ext: ChromiumWithExtension, page: Page): Promise<ContentWorld> {
  const cdp = await ext.context.newCDPSession(page);
  const origin = `chrome-extension://${ext.extensionId}`;
  const contexts: { id: number; origin: string; frameId?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { frameId?: string } | undefined;
    contexts.push({ id: context.id, origin: context.origin, frameId: aux?.frameId });
  });
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const found = contexts.filter((c) => c.origin === origin && c.frameId === frameTree.frame.id).pop();
  if (!found) {
    await cdp.detach();
    throw new Error(`no content script world on ${page.url()}`);
  }
  return {
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: found.id,
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`content world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
