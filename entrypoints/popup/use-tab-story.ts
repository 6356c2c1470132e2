import { useEffect, useState } from 'preact/hooks';
import type { TabStory } from '@/utils/learn/tab-story';
import { sendMessage, type ReadAlongState } from '@/utils/messaging';

/**
 * Times the background is asked again when it has no story for a tab whose page reports one ready: a background
 * waking from idle, or busy starting, may miss the first question, and the popup asks only when the state changes.
 */
export const STORY_RETRIES = 5;
const RETRY_MS = 400;

/** The story Backstory read along on the tab, asked of the background once the page reports it ready. */
export function useTabStory(tabId: number | undefined, state: ReadAlongState | undefined): TabStory | null {
  const [story, setStory] = useState<TabStory | null>(null);
  useEffect(() => {
    if (tabId === undefined || state !== 'ready') {
      setStory(null);
      return;
    }
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = (left: number) =>
      sendMessage('ui:get-story', { tabId })
        .catch(() => null)
        .then((found) => {
          if (!live) return;
          setStory(found);
          if (!found && left > 0) retry = setTimeout(() => void ask(left - 1), RETRY_MS);
        });
    void ask(STORY_RETRIES);
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [tabId, state]);
  return story;
}
