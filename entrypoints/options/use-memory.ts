import { useEffect, useState } from 'preact/hooks';
import type { ForgetWhat, MemoryPanelProps } from '@/components/options/memory-panel';
import { forgetEverything, forgetSince, forgetSite } from '@/utils/reader-layer/layer-actions';
import type { Settings } from '@/utils/settings/schema';
import { loadNeverRemember, updateNeverRemember, watchNeverRemember } from '@/utils/settings/never-remember-item';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Forgets what the reader asked for in the stored layer; resolves to how many articles went. */
export function forgetWhat(what: ForgetWhat, now = Date.now()): Promise<number> {
  if (typeof what === 'object') return forgetSite(what.site);
  if (what === 'everything') return forgetEverything();
  return forgetSince(now - (what === 'hour' ? HOUR : DAY));
}

/** The stored "never remember" list, followed as it changes, and the function that saves a new one. */
function useNeverRemember(): [string[], (sites: string[]) => void] {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void loadNeverRemember().then((list) => live && setSites(list));
    const stop = watchNeverRemember((list) => live && setSites(list));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = (next: string[]) => {
    setSites(next);
    void updateNeverRemember(() => next).catch((error: unknown) =>
      console.error('Backstory could not save the sites never to remember:', error),
    );
  };
  return [sites, save];
}

/**
 * The memory panel wired to storage: the layer's article count and size, the "Remember articles I read" setting as
 * the pause switch, the "never remember" list and the forgetting actions. Undefined until the settings are read.
 */
export function useMemory(
  layer: { articles: number; bytes?: number },
  settings: Settings | undefined,
  change: (change: Partial<Settings>) => void,
): MemoryPanelProps | undefined {
  const [neverRemember, onNeverRemember] = useNeverRemember();
  if (!settings) return undefined;
  return {
    ...layer,
    remember: settings.rememberArticles,
    onRemember: (rememberArticles) => change({ rememberArticles }),
    neverRemember,
    onNeverRemember,
    onForget: (what) => forgetWhat(what),
  };
}
