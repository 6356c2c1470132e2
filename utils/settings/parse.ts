// Read on every page, so it uses the plain checks in ./check rather than the schema library.
import { FIELD_CHECKS, isEntityTypeSetting, isSiteRule } from './check';
import { defaultSettings, MAX_SITE_RULES, SETTING_LABELS } from './defaults';
import { normaliseHostname } from './hostname';
import type { Settings } from './schema';

/** Result of reading stored settings: the settings in force, and a notice when stored data had to be discarded. */
export interface LoadedSettings {
  settings: Settings;
  notice?: string;
}

const UNREADABLE = 'Your saved settings could not be read, so Backstory is using its defaults.';

/** A field read entry by entry: what was kept, and whether any entry had to be dropped; null when unusable. */
type EntryReader = (raw: unknown) => { value: unknown; dropped: boolean } | null;

/** Keeps every valid, normalised site rule, up to the cap. */
const readSites: EntryReader = (raw) => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const sites: Settings['sites'] = {};
  let kept = 0;
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    if (kept >= MAX_SITE_RULES) {
      dropped = true;
      break;
    }
    const host = normaliseHostname(key);
    if (!isSiteRule(value) || !host.ok) {
      dropped = true;
      continue;
    }
    if (!(host.hostname in sites)) kept++;
    sites[host.hostname] = value;
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

const ENTRY_READERS: Partial<Record<keyof Settings, EntryReader>> = { sites: readSites, types: readTypes };

/**
 * Reads untrusted stored settings field by field: every field that parses is kept, every field that does not falls
 * back to its default, and the notice names what was reset, so one bad value never costs the rest. Site rules and
 * entity types are read entry by entry, and a stray entry costs only itself.
 */
export function parseSettings(raw: unknown): LoadedSettings {
  if (raw === null || raw === undefined) return { settings: defaultSettings() };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: defaultSettings(), notice: UNREADABLE };
  const input = raw as Record<string, unknown>;
  const settings = defaultSettings();
  const reset: string[] = [];
  const write = settings as Record<keyof Settings, unknown>;
  for (const [name, check] of Object.entries(FIELD_CHECKS) as [keyof Settings, (raw: unknown) => boolean][]) {
    if (!(name in input)) continue;
    const reader = ENTRY_READERS[name];
    if (reader) {
      const read = reader(input[name]);
      if (!read) reset.push(SETTING_LABELS[name]);
      else {
        write[name] = read.value;
        if (read.dropped) reset.push(`${SETTING_LABELS[name]} (some entries)`);
      }
      continue;
    }
    if (check(input[name])) write[name] = input[name];
    else reset.push(SETTING_LABELS[name]);
  }
  if (!reset.length) return { settings };
  const what = reset.join(', ');
  return {
    settings,
    notice: `Some saved settings could not be read and Backstory is using its defaults for them: ${what}.`,
  };
}
