import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { SettingsFeed } from '@/utils/settings/page-feed';

/** Follows the cardDelay setting until `signal` aborts; the returned function reads its current value. */
export function watchCardDelay(settings: SettingsFeed, signal: AbortSignal): () => number {
  let delay = DEFAULT_SETTINGS.cardDelay;
  void settings.load().then(({ settings }) => {
    if (!signal.aborted) delay = settings.cardDelay;
  });
  const unwatch = settings.watch(({ settings }) => {
    delay = settings.cardDelay;
  });
  signal.addEventListener('abort', unwatch, { once: true });
  return () => delay;
}
