import { i18n } from '#i18n';
import { MAX_STORY_HTML, type StoryResult } from './read-story';
import type { MergeSummary } from '../reader-layer/model/merge';

/** What "Learn from this article" did, for the reader. */
export type LearnOutcome = { ok: true; title: string; summary: MergeSummary } | { ok: false; error: string };

/** Why a page's story could not be learned, as the popup says it. */
export function skippedReason(result: Extract<StoryResult, { ok: false }>, htmlLength: number): string {
  switch (result.reason) {
    case 'too-large':
      return i18n.t('learn.tooLarge', [(htmlLength / 1e6).toFixed(1), (MAX_STORY_HTML / 1e6).toFixed(1)]);
    case 'not-english':
      return i18n.t('learn.notEnglish');
    case 'not-article':
      return result.detail ?? i18n.t('learn.notArticle');
    default:
      return i18n.t('learn.articleUnreadable', [result.detail ?? '']);
  }
}
