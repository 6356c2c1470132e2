import { i18n } from '#i18n';
import type { PageReport } from '@/utils/messaging';

/** Why the page's engine stopped early, in the reader's language (the page sends the budget it ran out of). */
export function limitNote(report: PageReport | undefined): string | undefined {
  const limit = report?.limit;
  if (!limit) return report?.note;
  const what =
    limit.kind === 'text' ? i18n.t('page.gaveUpText', [limit.megabytes]) : i18n.t('page.gaveUpTime', [limit.ms]);
  return i18n.t('page.gaveUp', [what]);
}
