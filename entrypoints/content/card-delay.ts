import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '@/utils/settings';

/** Follows the cardDelay setting until `signal` aborts; the returned function reads its current value. */
export function watchCardDelay(signal: AbortSignal): () => number {
  let delay = DEFAULT_SETTINGS.cardDelay;
  void loadSettings().then(({ settings }) => {
    if (!signal.aborted) delay = settings.cardDelay;
  });
  const unwatch = watchSettings(({ settings }) => {
    delay = settings.cardDelay;
  });
  signal.addEventListener('abort', unwatch, { once: true });
  return () => delay;
}
