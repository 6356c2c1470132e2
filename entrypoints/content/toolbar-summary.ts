import { sendMessage, type PageReport, type PageSummary } from '@/utils/messaging';
import type { AnnotationSession } from './annotation';

// Marks arrive in batches while a page is read; one message per quiet spell keeps the badge current without a
// message per batch.
const QUIET_MS = 250;

/** The part of a page report the toolbar button shows. */
export function pageSummary(report: PageReport): PageSummary {
  return { status: report.status, names: report.entities.length };
}

/**
 * Tells the background what this page's toolbar button should show (how many known names, or that Backstory is off
 * here) whenever that changes, until `signal` aborts.
 */
export function initToolbarSummary(signal: AbortSignal, session: AnnotationSession, report: () => PageReport): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const send = () => {
    timer = undefined;
    if (signal.aborted) return;
    const summary = pageSummary(report());
    const key = JSON.stringify(summary);
    if (key === last) return;
    last = key;
    // A background that is starting up or being reloaded misses one summary; the next change sends another.
    sendMessage('content:page-summary', summary).catch(() => (last = ''));
  };
  const schedule = () => (timer ??= setTimeout(send, QUIET_MS));
  const unsubscribe = session.onChange(schedule);
  schedule();
  signal.addEventListener('abort', () => {
    unsubscribe();
    clearTimeout(timer);
  });
}
