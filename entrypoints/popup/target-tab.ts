import { browser } from 'wxt/browser';

/** The tab the popup reports on. */
export interface TargetTab {
  id: number;
  url?: string;
}

/**
 * The tab named by a `?tab=<id>` query parameter (so tests and the demo can open the popup as a page for a given
 * tab), otherwise the active tab of the current window.
 */
export async function findTargetTab(search: string): Promise<TargetTab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => undefined);
    if (tab?.id !== undefined) return { id: tab.id, url: tab.url };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? undefined : { id: active.id, url: active.url };
}
