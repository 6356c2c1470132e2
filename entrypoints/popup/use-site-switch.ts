import { useState } from 'preact/hooks';
import { siteEnabled, updateSettings, withSiteRule } from '@/utils/settings';
import { useSettings } from '@/components/use-settings';

/** The site switch as the popup shows it. */
export interface SiteSwitchState {
  /** Settings not read yet. */
  loading: boolean;
  on: boolean;
  /** The master switch is off, so no site runs whatever its rule says. */
  globallyOff: boolean;
  busy: boolean;
  error?: string;
  set(on: boolean): void;
}

/** Reads and writes the per-site rule for `hostname`, following changes made elsewhere (settings page, shortcut). */
export function useSiteSwitch(hostname: string): SiteSwitchState {
  const [settings, setSettings] = useSettings();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const set = (on: boolean) => {
    if (!hostname) return;
    setBusy(true);
    setError(undefined);
    updateSettings((current) => withSiteRule(current, hostname, on ? 'on' : 'off'))
      .then(setSettings)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return {
    loading: !settings,
    on: settings ? siteEnabled(settings, hostname) : false,
    globallyOff: settings ? !settings.enabled : false,
    busy,
    error,
    set,
  };
}
