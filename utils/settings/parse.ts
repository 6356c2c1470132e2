import { i18n } from '@/utils/i18n/page-i18n';
// Read on every page, so it uses the plain checks in ./check rather than the schema library.
import { FIELD_CHECKS, isEntityTypeSetting, isSiteRule } from './check';
import { defaultSettings, MAX_SITE_RULES } from './defaults';
import { hostnameKey } from './hostname';
import type { Settings } from './schema';

/** Result of reading stored settings: the settings in force, and a notice when stored data had to be discarded. */
export interface LoadedSettings {
  settings: Settings;
  notice?: string;
}

/** The reader-facing name of a setting, for notices ("card delay"). */
const settingLabel = (name: keyof Settings) => i18n.t(`settings.label.${name}`);

/** A field read entry by entry: what was kept, and whether any entry had to be dropped; null when unusable. */
type EntryReader = (raw: unknown) => { value: unknown; dropped: boolean } | null;

/** The site-rule key for a stored hostname, or null when it is not one. */
export type SiteKey = (host: string) => string | null;

/** Keeps every valid, normalised site rule, up to the cap. */
const readSites =
  (siteKey: SiteKey): EntryReader =>
  (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
    const sites: Settings['sites'] = {};
    let kept = 0;
    let dropped = false;
    for (const [key, value] of Object.entries(raw)) {
      if (kept >= MAX_SITE_RULES) {
        dropped = true;
        break;
      }
      const host = siteKey(key);
      if (!isSiteRule(value) || host === null) {
        dropped = true;
        continue;
      }
      if (!(host in sites)) kept++;
      sites[host] = value;
    }
    return { value: sites, dropped };
  };

/** Keeps the known entity types, once each, in the order stored. */
const readTypes: EntryReader = (raw) => {
  if (!Array.isArray(raw)) return null;
  const types = new Set<Settings['types'][number]>();
  for (const value of raw) if (isEntityTypeSetting(value)) types.add(value);
  return { value: [...types], dropped: types.size !== raw.length };
};

const entryReaders = (siteKey: SiteKey): Partial<Record<keyof Settings, EntryReader>> => ({
  sites: readSites(siteKey),
  types: readTypes,
});

/**
 * Reads untrusted stored settings field by field: every field that parses is kept, every field that does not falls
 * back to its default, and the notice names what was reset, so one bad value never costs the rest. Site rules and
 * entity types are read entry by entry, and a stray entry costs only itself.
 */
export function parseSettings(raw: unknown): LoadedSettings {
  return parseSettingsWith(raw, hostnameKey);
}

/** `parseSettings` with site-rule keys read by `siteKey` (pages use a lighter reading than the full check). */
export function parseSettingsWith(raw: unknown, siteKey: SiteKey): LoadedSettings {
  const ENTRY_READERS = entryReaders(siteKey);
  if (raw === null || raw === undefined) return { settings: defaultSettings() };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { settings: defaultSettings(), notice: i18n.t('settings.unreadable') };
  const input = raw as Record<string, unknown>;
  const settings = defaultSettings();
  const reset: string[] = [];
  const write = settings as Record<keyof Settings, unknown>;
  for (const [name, check] of Object.entries(FIELD_CHECKS) as [keyof Settings, (raw: unknown) => boolean][]) {
    if (!(name in input)) continue;
    const reader = ENTRY_READERS[name];
    if (reader) {
      const read = reader(input[name]);
      if (!read) reset.push(settingLabel(name));
      else {
        write[name] = read.value;
        if (read.dropped) reset.push(i18n.t('settings.someEntries', [settingLabel(name)]));
      }
      continue;
    }
    if (check(input[name])) write[name] = input[name];
    else reset.push(settingLabel(name));
  }
  if (!reset.length) return { settings };
  return { settings, notice: i18n.t('settings.partlyUnreadable', [reset.join(', ')]) };
}
