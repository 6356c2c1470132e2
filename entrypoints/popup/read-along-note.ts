import { i18n } from '#i18n';
import type { ReadAlongStatus } from '@/utils/messaging';

/** What the popup says of reading along on the page, or nothing when there is nothing to say. */
export function readAlongNote(status: ReadAlongStatus | undefined): string | undefined {
  switch (status?.state) {
    case 'reading':
      return i18n.t('readAlong.reading');
    case 'not-english':
      return i18n.t('readAlong.notEnglish');
    case 'too-large':
      return i18n.t('readAlong.tooLarge');
    case 'unreadable':
      return i18n.t('readAlong.unreadable');
    case 'not-article':
      return i18n.t('readAlong.notArticleHere');
    case 'private':
      return i18n.t('readAlong.private');
    case 'failed':
      return i18n.t('readAlong.failed');
    case 'ready':
      return status.capped ? i18n.t('readAlong.capped') : undefined;
    default:
      return undefined;
  }
}
