import { i18n } from '#i18n';
import type { Dictionary } from '@/utils/dictionary/schema';
import { skippedReason, type LearnOutcome } from '@/utils/learn/learn-outcome';
import { onMessage, sendMessage } from '@/utils/messaging';
import { withRoom } from '@/utils/reader-layer/model/make-room';
import { mergeArticle, type MergeSummary } from '@/utils/reader-layer/model/merge';
import { prepareMergeBase, updateLayerWithBase } from '@/utils/reader-layer/store/kept-merge-base';
import { readPage } from './read-page';

/**
 * "Learn from this article", done here rather than in the popup, so closing the popup while it learns loses nothing:
 * the tab's page is asked for its HTML, read off the page as a story read along is, and merged into the reader's layer
 * (pages re-annotate from the storage change). At the cap the oldest articles make room, as when remembering.
 */
export async function learnTab(tabId: number, bundled: Dictionary): Promise<LearnOutcome> {
  let page;
  try {
    page = await sendMessage('popup:extract-article', undefined, tabId);
  } catch {
    return { ok: false, error: i18n.t('learn.cannotRead') };
  }
  if ('error' in page) return { ok: false, error: page.error };
  const story = await readPage(page).catch((error: unknown) => ({
    ok: false as const,
    reason: 'unreadable' as const,
    detail: (error as Error).message,
  }));
  if (!story.ok) return { ok: false, error: skippedReason(story, page.html.length) };
  try {
    let summary: MergeSummary | undefined;
    await updateLayerWithBase((layer, base) => {
      const merged = mergeArticle(withRoom(layer), story.dictionary, bundled, story.article, Date.now(), base);
      summary = merged.summary;
      return merged;
    });
    return { ok: true, title: story.article.title, summary: summary! };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Answers the popup's "learn this tab" (and prepares for it when offered) for as long as the background lives. */
export function serveLearning(bundled: Dictionary): void {
  onMessage('ui:prepare-learn', () => prepareMergeBase(bundled));
  onMessage('popup:learn-tab', ({ data }) =>
    typeof data?.tabId === 'number' ? learnTab(data.tabId, bundled) : { ok: false, error: i18n.t('learn.cannotRead') },
  );
}
