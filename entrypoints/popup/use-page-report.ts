import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { TabView } from './page-access';
import type { TargetTab } from './target-tab';

// Quick polls while the page is still being read, slower ones after, so the list keeps up with switches and
// pages that add content; a content script that has not answered after a few tries is reported as unanswered.
const BUSY_POLL_MS = 400;
const IDLE_POLL_MS = 1500;
const TRIES_BEFORE_UNANSWERED = 6;

/** Keeps asking the tab's content script for its page report while the popup is open. */
export function usePageReport(tab: TargetTab | undefined): TabView {
  const [view, setView] = useState<TabView>({ unanswered: false });

  useEffect(() => {
    if (!tab) return;
    let stopped = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let next: TabView;
      try {
        const report = await sendMessage('popup:get-page-report', undefined, tab.id);
        failures = 0;
        next = { url: tab.url, report, unanswered: false };
      } catch {
        failures += 1;
        next = { url: tab.url, unanswered: failures >= TRIES_BEFORE_UNANSWERED };
      }
      if (stopped) return;
      setView((previous) => (sameView(previous, next) ? previous : next));
      const busy = !next.report || next.report.status === 'scanning';
      timer = setTimeout(poll, busy ? BUSY_POLL_MS : IDLE_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tab]);

  return view;
}

// Re-rendering on every poll would reset hover states and announcements for nothing.
function sameView(a: TabView, b: TabView): boolean {
  return a.url === b.url && a.unanswered === b.unanswered && JSON.stringify(a.report) === JSON.stringify(b.report);
}
