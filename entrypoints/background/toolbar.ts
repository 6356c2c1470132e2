import { browser } from 'wxt/browser';
import { onMessage, type PageSummary } from '@/utils/messaging';
import { toolbarLook } from '@/utils/toolbar-badge';
import { DEFAULT_TOOLBAR_ICON, OFF_TOOLBAR_ICON } from '@/utils/toolbar-icons';

// Chrome (MV3) names the toolbar button "action", Firefox's MV2 build "browserAction"; both take the same calls.
const action = () => browser.action ?? browser.browserAction;

/** Shows a page's summary on its tab's toolbar button: badge, title in words, and the "off" icon where it is off. */
async function showOnToolbar(tabId: number, summary: PageSummary): Promise<void> {
  const look = toolbarLook(summary);
  const button = action();
  await Promise.all([
    button.setBadgeText({ tabId, text: look.text }),
    button.setBadgeBackgroundColor({ tabId, color: look.background }),
    button.setBadgeTextColor?.({ tabId, color: look.color }),
    button.setTitle({ tabId, title: look.title }),
    // Firefox goes back to its manifest icons (with their light and dark toolbar glyphs) when none is given.
    look.icon === 'off'
      ? button.setIcon({ tabId, path: OFF_TOOLBAR_ICON })
      : button.setIcon(import.meta.env.BROWSER === 'firefox' ? { tabId } : { tabId, path: DEFAULT_TOOLBAR_ICON }),
  ]);
}

/** Each page reports what its toolbar button should say; a tab closed meanwhile has nothing left to update. */
export function showPageSummaries(): void {
  onMessage('content:page-summary', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId || !data || typeof data.names !== 'number') return;
    void showOnToolbar(tabId, data).catch(() => undefined);
  });
}
