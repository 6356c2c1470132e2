import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { ENTITY_TYPES, entityTypeSchema, type EntityType } from './dictionary/schema';

/** Where Backstory runs unless a site rule says otherwise. */
export const runModes = ['articles', 'everywhere'] as const;
/** How a highlighted name looks before it is hovered. */
export const highlightStyles = ['underline', 'background', 'none'] as const;

const siteRule = z.enum(['on', 'off']);

export const settingsSchema = z.object({
  enabled: z.boolean(),
  runOn: z.enum(runModes),
  /** Per-site overrides keyed by hostname. */
  sites: z.record(z.string().max(253), siteRule),
  types: z.array(entityTypeSchema),
  highlightStyle: z.enum(highlightStyles),
  firstMentionOnly: z.boolean(),
  /** Milliseconds of hover before a card opens. */
  cardDelay: z.number().int().min(0).max(3000),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SiteRule = z.infer<typeof siteRule>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  runOn: 'everywhere',
  sites: {},
  types: [...ENTITY_TYPES],
  highlightStyle: 'underline',
  firstMentionOnly: false,
  cardDelay: 400,
};

/** Result of reading stored settings: the settings in force, and a notice when stored data had to be discarded. */
export interface LoadedSettings {
  settings: Settings;
  notice?: string;
}

/**
 * Reads untrusted stored settings field by field: every field that parses is kept, every field that does not falls
 * back to its default, and the notice names the fields that were reset, so one bad value never costs the rest.
 */
export function parseSettings(raw: unknown): LoadedSettings {
  if (raw === null || raw === undefined) return { settings: { ...DEFAULT_SETTINGS } };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return {
      settings: { ...DEFAULT_SETTINGS },
      notice: 'Stored settings were unreadable and have been reset to defaults.',
    };
  const input = raw as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const reset: string[] = [];
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    if (!(key in input)) continue;
    const parsed = (field as z.ZodType).safeParse(input[key]);
    if (parsed.success) settings[key] = parsed.data;
    else reset.push(key);
  }
  const result = settings as Settings;
  result.types = [...new Set(result.types)] as EntityType[];
  return reset.length
    ? { settings: result, notice: `Some settings could not be read and were reset to defaults: ${reset.join(', ')}.` }
    : { settings: result };
}

/** Whether Backstory should run on `hostname` under `settings` (before the article check). */
export function siteEnabled(settings: Settings, hostname: string): boolean {
  const rule = settings.sites[hostname.toLowerCase()];
  if (rule) return rule === 'on';
  return settings.enabled;
}

/**
 * The one stored settings item. Version 1 was the first layout; migrations turn older layouts into the current
 * one and are added here when the layout changes.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Loads settings from storage, falling back to defaults (with a notice) when they do not parse. */
export async function loadSettings(): Promise<LoadedSettings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch (error) {
    return { settings: { ...DEFAULT_SETTINGS }, notice: `Settings could not be loaded: ${(error as Error).message}` };
  }
}

/** Applies `change` to the stored settings and saves them; concurrent writers each keep their own fields. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = settingsSchema.parse(change(settings));
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with parsed settings whenever they change; returns the function that stops watching. */
export function watchSettings(listener: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}
