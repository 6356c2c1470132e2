import { describe, expect, it } from 'vitest';
import { emptyStateFor, isRestrictedUrl, learnOffered, reportHostname } from '@/entrypoints/popup/page-access';
import type { PageReport } from '@/utils/messaging';

const report = (status: PageReport['status'], count = 0, note?: string): PageReport => ({
  status,
  url: 'https://news.example/story',
  entities: Array.from({ length: count }, (_, i) => ({ id: `e${i}`, name: `E${i}`, type: 'person', count: 1 })),
  note,
});

describe('page access', () => {
  it('knows the pages extensions cannot run on', () => {
    expect(isRestrictedUrl('chrome://extensions/')).toBe(true);
    expect(isRestrictedUrl('about:blank')).toBe(true);
    expect(isRestrictedUrl('file:///home/a.html')).toBe(true);
    expect(isRestrictedUrl('https://chromewebstore.google.com/detail/x')).toBe(true);
    expect(isRestrictedUrl('https://addons.mozilla.org/en-US/firefox/')).toBe(true);
    expect(isRestrictedUrl('https://news.example/story')).toBe(false);
    expect(isRestrictedUrl('http://127.0.0.1:8080/')).toBe(false);
  });

  it('chooses the empty state from what the tab said', () => {
    expect(emptyStateFor({ url: 'chrome://newtab/', unanswered: false })).toBe('restricted');
    expect(emptyStateFor({ url: 'https://news.example/', unanswered: false })).toBe('loading');
    expect(emptyStateFor({ unanswered: false })).toBe('loading');
    expect(emptyStateFor({ unanswered: true })).toBe('unreachable');
    expect(emptyStateFor({ unanswered: false, report: report('scanning') })).toBe('loading');
    expect(emptyStateFor({ unanswered: false, report: report('scanning', 2) })).toBeNull();
    expect(emptyStateFor({ unanswered: false, report: report('done') })).toBe('no-names');
    expect(emptyStateFor({ unanswered: false, report: report('done', 3) })).toBeNull();
    expect(emptyStateFor({ unanswered: false, report: report('off', 3) })).toBe('off');
    expect(emptyStateFor({ unanswered: false, report: report('not-article') })).toBe('not-article');
    expect(emptyStateFor({ unanswered: false, report: report('gave-up', 5, 'too big') })).toBe('gave-up');
  });

  it('reads the hostname from the report', () => {
    expect(reportHostname(report('done'))).toBe('news.example');
    expect(reportHostname({ ...report('done'), url: 'not a url' })).toBe('');
    expect(reportHostname(undefined)).toBe('');
  });
});

describe('learnOffered', () => {
  const on = { loading: false, on: true, globallyOff: false };
  it('offers "Learn from this article" only where Backstory runs', () => {
    expect(learnOffered(null, on)).toBe(true);
    expect(learnOffered('no-names', on)).toBe(true);
    expect(learnOffered(null, { ...on, on: false })).toBe(false);
    expect(learnOffered(null, { ...on, globallyOff: true })).toBe(false);
    expect(learnOffered(null, { ...on, loading: true })).toBe(false);
    expect(learnOffered('off', on)).toBe(false);
    expect(learnOffered('restricted', on)).toBe(false);
  });
});
