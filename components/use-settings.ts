import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type Settings } from '@/utils/settings';

/** The stored settings (undefined until read), following changes made elsewhere (settings page, shortcut). */
export function useSettings(): [Settings | undefined, (settings: Settings | undefined) => void] {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded.settings));
    const unwatch = watchSettings((loaded) => setSettings(loaded.settings));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return [settings, setSettings];
}
