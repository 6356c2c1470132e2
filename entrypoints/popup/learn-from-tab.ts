import { useEffect } from 'preact/hooks';
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

/**
 * Tells the background "Learn from this article" is offered, so it prepares the merge while the reader decides (see
 * prepareMergeBase): a background just woken would otherwise fold every learned article after the click.
 */
export function useLearnPrepared(offered: boolean): void {
  useEffect(() => {
    if (offered) void sendMessage('ui:prepare-learn', undefined).catch(() => undefined);
  }, [offered]);
}
