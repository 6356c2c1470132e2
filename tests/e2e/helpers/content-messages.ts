import type { ChromiumWithExtension } from './launch-chromium';
import type { PageReport, ProtocolMap } from '../../../utils/messaging';

type Name = keyof ProtocolMap;

/** The little of the `chrome` API the worker-side snippets use (the project does not ship chrome's typings). */
interface ChromeTabsApi {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

type Answer = { res?: unknown; err?: { message: string } } | undefined;

/**
 * The id of the tab showing `pageUrl`. Without the "tabs" permission tab URLs are hidden from the extension, so
 * the tab is recognised by its content script's own report.
 */
export async function tabIdFor(ext: ChromiumWithExtension, pageUrl: string): Promise<number> {
  const worker = await ext.worker();
  const id = await worker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabsApi };
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const message = { id: Date.now(), type: 'popup:get-page-report', data: undefined, timestamp: Date.now() };
      const probe = (await chrome.tabs.sendMessage(tab.id, message).catch(() => undefined)) as {
        res?: { url?: string };
      };
      if (probe?.res?.url === pageUrl) return tab.id;
    }
    return -1;
  }, pageUrl);
  if (id < 0) throw new Error(`no content script reports ${pageUrl}`);
  return id;
}

/**
 * Sends one protocol message to the content script of the tab showing `pageUrl`, from the extension's service
 * worker, in the envelope @webext-core/messaging uses, and returns the answer (or throws the handler's error).
 */
export async function sendToTab<K extends Name>(
  ext: ChromiumWithExtension,
  pageUrl: string,
  type: K,
  data?: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const tabId = await tabIdFor(ext, pageUrl);
  const worker = await ext.worker();
  const answer: Answer = await worker.evaluate(
    async ({ tabId, type, data }) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeTabsApi };
      const message = { id: Date.now(), type, data, timestamp: Date.now() };
      return (await chrome.tabs.sendMessage(tabId, message)) as Answer;
    },
    { tabId, type, data },
  );
  if (!answer) throw new Error(`no answer to ${type} from ${pageUrl}`);
  if (answer.err) throw new Error(`${type} failed: ${answer.err.message}`);
  return answer.res as ReturnType<ProtocolMap[K]>;
}

/** Read-along states after which the page's marks change again. */
const READING = new Set(['waiting', 'reading']);

/** Polls the page report until `done` accepts it or the time runs out; returns the last report either way. */
export async function waitForReport(
  ext: ChromiumWithExtension,
  pageUrl: string,
  done: (report: PageReport) => boolean,
  timeoutMs = 30_000,
): Promise<PageReport> {
  const end = Date.now() + timeoutMs;
  let last: PageReport | undefined;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      last = await sendToTab(ext, pageUrl, 'popup:get-page-report');
      // A story still being read will change the marks once it is: the page is not settled until it is read.
      if (done(last) && !READING.has(last.readAlong?.state ?? 'off')) return last;
    } catch (error) {
      // The content script may not be listening yet right after navigation.
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (last) return last;
  throw new Error(`no page report from ${pageUrl}: ${String(lastError)}`);
}
