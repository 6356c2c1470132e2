import { updateSettings } from '@/utils/settings';
import { useSettings } from './use-settings';

/**
 * "Remember articles I read" as the popup and the welcome page show it: the setting (undefined until read), whether
 * Backstory reads along (it remembers only then), and how to change it.
 */
export interface RememberState {
  on: boolean | undefined;
  readAlong: boolean | undefined;
  set(on: boolean): void;
}

/** Reads and writes the "Remember articles I read" setting, following changes made elsewhere (the options page). */
export function useRemember(): RememberState {
  const [settings, setSettings] = useSettings();
  const set = (next: boolean) => {
    // Shown at once; put back if the write fails.
    const before = settings;
    if (settings) setSettings({ ...settings, rememberArticles: next });
    updateSettings((current) => ({ ...current, rememberArticles: next })).catch((error: unknown) => {
      console.error('Backstory could not save "Remember articles I read":', error);
      setSettings(before);
    });
  };
  return { on: settings?.rememberArticles, readAlong: settings?.readAlong, set };
}
