import { i18n } from '@/utils/i18n/page-i18n';
import { SETTINGS_VERSION } from './defaults';
import { parseSettingsWith, type LoadedSettings, type SiteKey } from './parse';

/** A notice when the stored layout version is not the one this code reads. */
function versionNotice(stored: number, current: number, hasValue: boolean): string | undefined {
  if (!hasValue || stored === current) return undefined;
  return stored > current ? i18n.t('settings.newer') : i18n.t('settings.notMigrated');
}

/** The settings in force from the stored value `raw` and its item's metadata `meta` (WXT's `{ v }`), with any notice. */
export function settingsFromStored(
  raw: unknown,
  meta: unknown,
  siteKey: SiteKey,
  version = SETTINGS_VERSION,
): LoadedSettings {
  const loaded = parseSettingsWith(raw, siteKey);
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  const stored = typeof v === 'number' ? v : 1;
  const notices = [versionNotice(stored, version, raw !== null && raw !== undefined), loaded.notice].filter(Boolean);
  return notices.length ? { settings: loaded.settings, notice: notices.join(' ') } : { settings: loaded.settings };
}
