import { useEffect, useState } from 'preact/hooks';
import type { TabStory } from '@/utils/learn/tab-story';
import { sendMessage, type ReadAlongState } from '@/utils/messaging';

/** The story Backstory read along on the tab, asked of the background once the page reports it ready. */
export function useTabStory(tabId: number | undefined, state: ReadAlongState | undefined): TabStory | null {
  const [story, setStory] = useState<TabStory | null>(null);
  useEffect(() => {
    if (tabId === undefined || state !== 'ready') {
      setStory(null);
      return;
    }
    let live = true;
    sendMessage('ui:get-story', { tabId })
      .then((found) => live && setStory(found))
      .catch(() => live && setStory(null));
    return () => {
      live = false;
    };
  }, [tabId, state]);
  return story;
}
