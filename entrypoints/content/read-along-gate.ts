import { looksLikeArticle } from '@/utils/page/looks-like-article';
import type { ReadAlongStatus } from '@/utils/messaging';
import type { Settings } from '@/utils/settings/schema';
import { decideRun } from '@/utils/settings/site-rules';

/** Whether reading along may start on this page under `settings`, or the state that says why not. */
export function readAlongCheck(settings: Settings): 'go' | 'off' | 'not-article' {
  if (!settings.readAlong || decideRun(settings, location.hostname, () => true) !== 'run') return 'off';
  return looksLikeArticle(document) ? 'go' : 'not-article';
}

/**
 * The page's first script only decides whether reading along is wanted here (the cheap article check), each time the
 * settings are read; the work itself is in reading along's script, loaded by `start` on article pages only, which then
 * follows the settings itself.
 */
export function readAlongGate(
  onStatus: (status: ReadAlongStatus) => void,
  start: () => Promise<void>,
): (settings: Settings) => void {
  let started = false;
  return (settings) => {
    if (started) return;
    const gate = readAlongCheck(settings);
    if (gate !== 'go') return onStatus({ state: gate });
    started = true;
    // Reading along's script reports its own failures; this is the script itself not loading.
    start().catch(() => onStatus({ state: 'failed' }));
  };
}
