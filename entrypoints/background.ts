import { COMMANDS } from '@/utils/commands';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import { createCardService } from '@/utils/reader-layer/cards/card-service';
import { addCorrection, rememberArticle } from '@/utils/reader-layer/layer-actions';
import { idbCacheStore } from '@/utils/reader-layer/store/idb-cache';
import { ensureLayerNames, layerItem, layerOutlineItem } from '@/utils/reader-layer/store/storage';
import { loadSettings, updateSettings } from '@/utils/settings';
import { toolbarLook } from '@/utils/toolbar-badge';
import { DEFAULT_TOOLBAR_ICON, OFF_TOOLBAR_ICON } from '@/utils/toolbar-icons';
import type { PageSummary } from '@/utils/messaging';
import { emptyDictionary } from '@/utils/dictionary/validate';
import { createReadAlong } from '@/utils/learn/read-along-service';
import { readStoryFromHtml } from '@/utils/learn/read-in-page';
import { withStory } from '@/utils/learn/story-cards';
import { readStoryOffscreen } from '@/utils/learn/story-reader';
import { createTabStories } from '@/utils/learn/tab-stories';
import { createMemory } from '@/utils/learn/remember';
import { loadBundledDictionary } from '@/utils/dictionary/bundled';

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

export default defineBackground(() => {
  // Pages match with names only; the card details of the names on them come from here, from the effective
  // dictionary built once per change of the reader's layer and shared by every tab.
  const bundled = loadBundledDictionary();
  let cards: ReturnType<typeof createCardService> | undefined;
  // Each tab's story, read along: in memory (and the browser's session memory), never on disk.
  const stories = createTabStories(browser.storage.session);
  const readAlong = createReadAlong({
    // Firefox's background page parses HTML itself; Chrome's service worker hands it to the offscreen document.
    read: async (page) =>
      import.meta.env.BROWSER === 'firefox' ? readStoryFromHtml(page.html, page.url) : readStoryOffscreen(page),
    known: async () => (cards ? cards.dictionary() : (bundled ?? emptyDictionary())),
    stories,
    remember: createMemory({
      wanted: async () => (await loadSettings()).settings.rememberArticles,
      keep: async (story) => bundled && rememberArticle(story.article, story.dictionary, bundled),
    }),
  });
  onMessage('content:read-along', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId || !data || typeof data.html !== 'string') return { state: 'off' };
    return readAlong.hand(tabId, { url: String(data.url), html: data.html }, sender.tab?.incognito === true);
  });
  onMessage('content:forget-story', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !sender.frameId) return readAlong.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void readAlong.forget(tabId));
  onMessage('ui:get-story', async ({ data }) =>
    typeof data?.tabId === 'number' ? ((await stories.get(data.tabId)) ?? null) : null,
  );
  if (bundled) {
    const service = createCardService(
      bundled,
      () => layerItem.getValue(),
      idbCacheStore(() => layerOutlineItem.getValue()),
    );
    cards = service;
    let warming: ReturnType<typeof setTimeout> | undefined;
    // The outline's stamp changes with every layer write; watching it spares reading the whole layer on each change.
    layerOutlineItem.watch(() => {
      service.invalidate();
      // A card is likely asked for soon after a change (a name just learned gets hovered), so the dictionary is built
      // once the writes have settled rather than on that first request.
      clearTimeout(warming);
      warming = setTimeout(() => service.warm(), 1_000);
    });
    onMessage('content:get-cards', async ({ data, sender }) => {
      const ids: string[] = Array.isArray(data?.ids) ? data.ids : [];
      const bundle = await service.cards(ids);
      const story = sender.tab?.id !== undefined ? await stories.get(sender.tab.id) : undefined;
      return story ? withStory(bundle, story, ids) : bundle;
    });
  }
  // Corrections from a page's card are stored here, where the layer lock is shared with the extension's pages.
  onMessage('content:add-correction', async ({ data }) => {
    try {
      await addCorrection(data);
      return {};
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  // Each page reports what its toolbar button should say; a tab closed meanwhile has nothing left to update.
  onMessage('content:page-summary', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId || !data || typeof data.names !== 'number') return;
    void showOnToolbar(tabId, data).catch(() => undefined);
  });
  // At every start: a layer kept from an earlier version moves into the database and gets the names-only outline
  // pages read, and names and outline left behind by a write cut short are rewritten from the layer.
  void ensureLayerNames().catch((error: unknown) => console.error('Backstory could not index your dictionary:', error));

  // Keyboard commands arrive here; moving focus is the page's business, so it is forwarded to the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    if (command === COMMANDS.toggle) {
      await updateSettings((s) => ({ ...s, enabled: !s.enabled }));
      return;
    }
    const direction = command === COMMANDS.next ? 1 : command === COMMANDS.previous ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('background:move-focus', { direction }, tab.id).catch(() => undefined);
  });
});
