import { browser } from 'wxt/browser';
import type { Dictionary } from '@/utils/dictionary/schema';
import { onMessage } from '@/utils/messaging';
import { createReadAlong } from '@/utils/learn/read-along-service';
import { createTabStories, type TabStories } from '@/utils/learn/tab-stories';
import { createMemory } from '@/utils/learn/remember';
import { rememberWanted } from '@/utils/learn/remember-wanted';
import { rememberArticle } from '@/utils/reader-layer/layer-actions';
import { prepareMergeBase } from '@/utils/reader-layer/store/kept-merge-base';
import { readPage } from './read-page';
import { rememberOpenWhenAllowed } from './remember-open';

/**
 * Reads the stories pages hand over, keeps each tab's (in memory and the browser's session memory, never on disk),
 * remembers them when the reader asked to, and answers the popup's "In this story". `known` is the dictionary a
 * story's names are matched against.
 */
export function startReadAlong(bundled: Dictionary | null, known: () => Promise<Dictionary>): TabStories {
  const stories = createTabStories(browser.storage.session);
  const readAlong = createReadAlong({
    read: readPage,
    known,
    stories,
    remember: createMemory({
      wanted: (story, pageUrl) => rememberWanted([pageUrl, story.article.url]),
      keep: async (story) => bundled && rememberArticle(story.article, story.dictionary, bundled),
    }),
  });
  onMessage('content:read-along', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId || !data || typeof data.html !== 'string') return { state: 'off' };
    const incognito = sender.tab?.incognito === true;
    // A story that will be remembered is merged once read: the merge is prepared while it is read.
    if (bundled && !incognito)
      void rememberWanted([String(data.url)])
        .then(async (wanted) => {
          if (wanted) await prepareMergeBase(bundled);
        })
        .catch(() => undefined);
    return readAlong.hand(tabId, { url: String(data.url), html: data.html }, incognito);
  });
  onMessage('content:forget-story', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !sender.frameId) return readAlong.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void readAlong.forget(tabId));
  rememberOpenWhenAllowed(() => void readAlong.rememberOpen());
  onMessage('ui:get-story', async ({ data }) =>
    typeof data?.tabId === 'number' ? ((await stories.get(data.tabId)) ?? null) : null,
  );
  return stories;
}
