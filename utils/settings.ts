import { i18n } from '@/utils/i18n/page-i18n';
import { storage } from 'wxt/utils/storage';
import { parseSettings, type LoadedSettings } from './settings/parse';
import { defaultSettings, SETTINGS_VERSION, settingsSchema, type Settings, type SiteRule } from './settings/schema';
import { withSiteRule } from './settings/site-rules';
import { settingsFromStored } from './settings/stored';
import { hostnameKey } from './settings/hostname';

export {
  CARD_DELAY,
  DEFAULT_SETTINGS,
  defaultSettings,
  highlightStyles,
  MAX_SITE_RULES,
  runModes,
  SETTINGS_VERSION,
  settingsSchema,
  type HighlightStyle,
  type RunMode,
  type Settings,
  type SiteRule,
} from './settings/schema';
export { parseSettings, type LoadedSettings } from './settings/parse';
export { normaliseHostname, type HostnameResult } from './settings/hostname';
export {
  decideRun,
  siteEnabled,
  siteRuleFor,
  withSiteRule,
  type MatchedRule,
  type RunDecision,
} from './settings/site-rules';

/** Turns the stored value of the previous layout version into the next one. */
export type SettingsMigration = (previous: unknown) => unknown;

/**
 * Migrations keyed by the version they produce. Version 1 is the first layout, so there are none yet. When the
 * layout changes, raise SETTINGS_VERSION to 2 and add `2: (v1) => v2` here: WXT runs each missing step once, on the
 * first read after the update, and stores the result with its new version. What a migration returns is still parsed
 * field by field, so a migration that gets something wrong costs that field (with a notice), never the settings.
 */
export const settingsMigrations: Readonly<Record<number, SettingsMigration>> = Object.freeze({});

/** Defines the stored settings item at `version` with `migrations`; the extension uses `settingsItem` below. */
export function defineSettingsItem(
  version: number = SETTINGS_VERSION,
  migrations: Readonly<Record<number, SettingsMigration>> = settingsMigrations,
) {
  // No fallback: an empty store reads as null, which parseSettings turns into fresh defaults.
  return storage.defineItem<unknown, { v: number }>('local:settings', { version, migrations: { ...migrations } });
}

/** The one stored settings item. */
export const settingsItem = defineSettingsItem();

/**
 * Loads settings from storage, falling back to defaults (with a notice) when they do not parse. The parameters
 * exist for tests of future layout versions; the extension calls it without any.
 */
export async function loadSettings(item = settingsItem, version = SETTINGS_VERSION): Promise<LoadedSettings> {
  try {
    const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
    return settingsFromStored(raw, meta, hostnameKey, version);
  } catch (error) {
    return {
      settings: defaultSettings(),
      notice: i18n.t('settings.loadFailed', [(error as Error).message]),
    };
  }
}

/** Applies `change` to the stored settings and saves them; throws, saving nothing, if the result is not valid. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = settingsSchema.parse(change(settings));
  await settingsItem.setValue(next);
  return next;
}

/** Saves `settings` as they are, e.g. to keep the defaults a notice announced so the notice goes away. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  return updateSettings(() => settings);
}

/** Puts every setting back to its default. */
export async function resetSettings(): Promise<Settings> {
  return updateSettings(() => defaultSettings());
}

/**
 * Switches Backstory on or off for `hostname` (and its subdomains without rules of their own), or removes the rule
 * with `null`. Throws an Error with a reader-facing message when `hostname` is not a valid site name.
 */
export async function setSiteRule(hostname: string, rule: SiteRule | null): Promise<Settings> {
  return updateSettings((current) => withSiteRule(current, hostname, rule));
}

/** Calls `listener` with parsed settings whenever they change; returns the function that stops watching. */
export function watchSettings(listener: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}
