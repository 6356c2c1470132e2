import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumWithExtension } from './launch-chromium';

/** Who made a request, as far as the browser tells. */
export type RequestSource = 'page' | 'extension-page' | 'service-worker' | 'worker-cdp';

export interface RecordedRequest {
  source: RequestSource;
  url: string;
  /** For page requests: script URLs on the initiator's stack (a content script shows up as chrome-extension://). */
  initiatorScripts: string[];
}

export interface RequestRecorder {
  requests: RecordedRequest[];
  /** Starts CDP network logging on a page opened after recording began (pages open before are covered already). */
  watchPage(page: Page): Promise<void>;
  stop(): Promise<void>;
}

interface Initiator {
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
  url?: string;
}

function stackScripts(initiator: Initiator | undefined): string[] {
  const urls = new Set<string>();
  if (initiator?.url) urls.add(initiator.url);
  for (let stack = initiator?.stack; stack; stack = stack.parent)
    for (const frame of stack.callFrames) if (frame.url) urls.add(frame.url);
  return [...urls];
}

/**
 * Records every request made in the browser from three independent vantage points: Playwright's context-wide
 * request events (pages, extension pages, service workers), the CDP Network domain of every page (which names the
 * scripts that started each request), and the CDP Network domain of the extension's service worker target.
 */
export async function recordRequests(ext: ChromiumWithExtension): Promise<RequestRecorder> {
  const requests: RecordedRequest[] = [];
  const extensionOrigin = `chrome-extension://${ext.extensionId}/`;
  const onRequest = (request: import('playwright-core').Request) => {
    const frameUrl = request.serviceWorker() ? '' : safeFrameUrl(request);
    requests.push({
      source: request.serviceWorker()
        ? 'service-worker'
        : frameUrl.startsWith(extensionOrigin)
          ? 'extension-page'
          : 'page',
      url: request.url(),
      initiatorScripts: [],
    });
  };
  ext.context.on('request', onRequest);

  const sessions: CDPSession[] = [];
  const watchPage = async (page: Page) => {
    const cdp = await ext.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      requests.push({
        source: page.url().startsWith(extensionOrigin) ? 'extension-page' : 'page',
        url: event.request.url,
        initiatorScripts: stackScripts(event.initiator as Initiator),
      });
    });
    await cdp.send('Network.enable');
    sessions.push(cdp);
  };
  for (const page of ext.context.pages()) await watchPage(page);

  // The service worker is reached through the browser session: attach to its target and relay Network events.
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser session to reach the service worker');
  const root = await browser.newBrowserCDPSession();
  sessions.push(root);
  root.on('Target.receivedMessageFromTarget', ({ message }) => {
    const parsed = JSON.parse(message) as {
      method?: string;
      params?: { request: { url: string }; initiator: Initiator };
    };
    if (parsed.method === 'Network.requestWillBeSent' && parsed.params)
      requests.push({
        source: 'worker-cdp',
        url: parsed.params.request.url,
        initiatorScripts: stackScripts(parsed.params.initiator),
      });
  });
  const { targetInfos } = await root.send('Target.getTargets');
  const workerTarget = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin));
  if (!workerTarget) throw new Error('the extension service worker target was not found');
  const { sessionId } = await root.send('Target.attachToTarget', { targetId: workerTarget.targetId, flatten: false });
  await root.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Network.enable', params: {} }),
  });

  return {
    requests,
    watchPage,
    stop: async () => {
      ext.context.off('request', onRequest);
      for (const session of sessions) await session.detach().catch(() => undefined);
    },
  };
}

function safeFrameUrl(request: import('playwright-core').Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}
