import type { LearnOutcome } from '@/utils/learn/learn-outcome';
import { sendMessage } from '@/utils/messaging';

export type { LearnOutcome };

/**
 * "Learn from this article": the background reads the tab's article, runs the builder on it and merges the result
 * into the reader's layer, so closing the popup meanwhile loses nothing; the popup only waits for the outcome.
 */
export async function learnFromTab(tabId: number): Promise<LearnOutcome> {
  try {
    return await sendMessage('popup:learn-tab', { tabId });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
