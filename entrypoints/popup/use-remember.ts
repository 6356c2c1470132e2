import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';

/** "Remember articles I read" as the popup shows it: the setting (undefined until read) and how to change it. */
export interface RememberState {
  on: boolean | undefined;
  set(on: boolean): void;
}

/** Reads and writes the "Remember articles I read" setting, following changes made elsewhere (the options page). */
export function useRemember(): RememberState {
  const [on, setOn] = useState<boolean | undefined>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setOn(loaded.settings.rememberArticles));
    const unwatch = watchSettings((loaded) => setOn(loaded.settings.rememberArticles));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const set = (next: boolean) => {
    setOn(next);
    updateSettings((current) => ({ ...current, rememberArticles: next })).catch((error: unknown) => {
      console.error('Backstory could not save "Remember articles I read":', error);
      setOn(!next);
    });
  };
  return { on, set };
}
