import { i18n } from '#i18n';
import type { PageSummary } from './messaging';

/** How a tab's toolbar button looks: badge text and colours, its title, and which icon. */
export interface ToolbarLook {
  /** "" shows no badge. */
  text: string;
  background: string;
  color: string;
  title: string;
  icon: 'default' | 'off';
}

// The icon's own ink for a count; grey for "off", so the badge reads as muted next to a live one.
const LIVE = { background: '#17324d', color: '#ffffff' };
const MUTED = { background: '#80868e', color: '#ffffff' };

/** Badges hold about four characters; past 999 names the count is shown as "999+". */
const badgeCount = (n: number) => (n > 999 ? '999+' : String(n));

/** What the toolbar button shows for a page: the count of known names (none at zero), or a muted "off". */
export function toolbarLook(summary: PageSummary): ToolbarLook {
  if (summary.status === 'off')
    return { text: i18n.t('toolbar.badgeOff'), ...MUTED, title: i18n.t('toolbar.titleOff'), icon: 'off' };
  const title =
    summary.names > 0
      ? i18n.t('toolbar.titleNames', summary.names)
      : summary.status === 'not-article'
        ? i18n.t('toolbar.titleNotArticle')
        : summary.status === 'scanning'
          ? i18n.t('toolbar.titleReading')
          : i18n.t('toolbar.titleNone');
  return { text: summary.names > 0 ? badgeCount(summary.names) : '', ...LIVE, title, icon: 'default' };
}
