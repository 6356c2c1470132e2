import type { EmptyKind } from '@/components/empty-state';
import type { PageReport } from '@/utils/messaging';

// Stores where browsers refuse to run extensions even though the address is http(s).
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** Whether extensions can never run on `url` (browser pages, local files, extension stores). */
export function isRestrictedUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return true;
  return STORE_PAGES.some((pattern) => pattern.test(url));
}

/** What the popup knows about its tab so far. */
export interface TabView {
  /** The tab's address, when the browser lets the popup see it. */
  url?: string;
  report?: PageReport;
  /** The content script did not answer, after retrying. */
  unanswered: boolean;
}

/** The empty state to show instead of (or, for 'gave-up', above) the entity list; null when the list says it all. */
export function emptyStateFor(view: TabView): EmptyKind | null {
  const { url, report } = view;
  if (!report) {
    if (url && isRestrictedUrl(url)) return 'restricted';
    return view.unanswered ? 'unreachable' : 'loading';
  }
  if (report.status === 'off') return 'off';
  if (report.status === 'not-article') return 'not-article';
  if (report.status === 'gave-up') return 'gave-up';
  if (report.entities.length > 0) return null;
  return report.status === 'scanning' ? 'loading' : 'no-names';
}

/** The hostname a page report is about, or '' when it has none. */
export function reportHostname(report: PageReport | undefined): string {
  if (!report) return '';
  try {
    return new URL(report.url).hostname;
  } catch {
    return '';
  }
}

/**
 * Whether "Learn from this article" is offered: only on a page Backstory can read, once the settings are known, and
 * where it is switched on (the site and the master switch), since learning there would mark nothing.
 */
export function learnOffered(
  empty: EmptyKind | null,
  site: { loading: boolean; on: boolean; globallyOff: boolean },
): boolean {
  return empty !== 'restricted' && empty !== 'off' && !site.loading && site.on && !site.globallyOff;
}
