import { useEffect, useRef, useState } from 'preact/hooks';
import {
  loadSettings,
  saveSettings,
  setSiteRule,
  updateSettings,
  watchSettings,
  withSiteRule,
  type Settings,
  type SiteRule,
} from '@/utils/settings';

/** The settings as the options page edits them. */
export interface SettingsState {
  settings?: Settings;
  notice?: string;
  saveError?: string;
  change(patch: Partial<Settings>): void;
  siteRule(hostname: string, rule: SiteRule | null): void;
  acknowledge(): void;
}

/**
 * Loads and watches the stored settings. Each change shows at once and is saved in order (a dragged slider
 * writes many times, and a later write must not land before an earlier one); the content scripts of open tabs
 * watch the same storage, so saving is applying.
 */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [notice, setNotice] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (!live) return;
      setSettings(loaded.settings);
      setNotice(loaded.notice);
    });
    const unwatch = watchSettings((loaded) => {
      setSettings(loaded.settings);
      if (loaded.notice) setNotice(loaded.notice);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = (write: () => Promise<Settings>) => {
    queue.current = queue.current.then(write).then(
      () => setSaveError(undefined),
      (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
    );
  };

  return {
    settings,
    notice,
    saveError,
    change(patch) {
      setSettings((current) => current && { ...current, ...patch });
      save(() => updateSettings((current) => ({ ...current, ...patch })));
    },
    siteRule(hostname, rule) {
      setSettings((current) => {
        try {
          return current && withSiteRule(current, hostname, rule);
        } catch {
          return current; // the save below fails with the same message and shows it
        }
      });
      save(() => setSiteRule(hostname, rule));
    },
    acknowledge() {
      setNotice(undefined);
      if (settings) save(() => saveSettings(settings));
    },
  };
}
