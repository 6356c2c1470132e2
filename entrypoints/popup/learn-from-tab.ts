import { i18n } from '#i18n';
import { buildDictionary } from '@/utils/builder';
import type { Dictionary } from '@/utils/dictionary/schema';
import { sendMessage } from '@/utils/messaging';
import { articleFromPage } from '@/utils/page/article-from-page';
import { learnArticle } from '@/utils/reader-layer/model/learn';
import type { MergeSummary } from '@/utils/reader-layer/model/merge';
import { updateLayer } from '@/utils/reader-layer/store/storage';

/** What learning from a tab did, for the reader. */
export type LearnOutcome = { ok: true; title: string; summary: MergeSummary } | { ok: false; error: string };

/**
 * "Learn from this article": asks the tab's content script for its page, extracts the article here, runs the builder
 * on it, merges the result into the reader's layer and saves it; pages re-annotate from the storage change.
 */
export async function learnFromTab(tabId: number, bundled: Dictionary): Promise<LearnOutcome> {
  let page;
  try {
    page = await sendMessage('popup:extract-article', undefined, tabId);
  } catch {
    return { ok: false, error: i18n.t('learn.cannotRead') };
  }
  if ('error' in page) return { ok: false, error: page.error };
  const article = articleFromPage(page);
  if ('error' in article) return { ok: false, error: article.error };
  try {
    let summary: MergeSummary | undefined;
    await updateLayer((layer) => {
      const learned = learnArticle(layer, article, bundled, (articles) => buildDictionary(articles));
      summary = learned.summary;
      return learned.layer;
    });
    return { ok: true, title: article.title, summary: summary! };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
