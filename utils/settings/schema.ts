// zod's mini build: the content script reads settings on every page, and the full build costs it far more to load.
import { z } from 'zod/mini';
import { ENTITY_TYPES } from '../dictionary/constants';

/**
 * The layout version of the stored settings. Raise it only together with an entry in `settingsMigrations`
 * (utils/settings.ts) that turns the previous layout into the new one.
 */
export const SETTINGS_VERSION = 1;

/** Where Backstory runs unless a site rule says otherwise. */
export const runModes = ['articles', 'everywhere'] as const;
/** How a highlighted name looks before it is hovered. */
export const highlightStyles = ['underline', 'background', 'none'] as const;

/** Bounds of the hover delay before a card opens, in milliseconds. */
export const CARD_DELAY = { min: 0, max: 3000, step: 50 } as const;
/** A hostname is at most 253 characters (RFC 1035). */
export const MAX_HOSTNAME_LENGTH = 253;
/** More rules than anyone keeps by hand; the cap stops a corrupt store from costing memory on every page. */
export const MAX_SITE_RULES = 5000;

export const siteRuleSchema = z.enum(['on', 'off']);
/** One kind of named thing, as stored in the settings. */
export const entityTypeSchema = z.enum(ENTITY_TYPES);

export const settingsSchema = z.object({
  /** The master switch: off means off on every site, whatever the site rules say. */
  enabled: z.boolean(),
  runOn: z.enum(runModes),
  /** Per-site overrides keyed by normalised hostname (see utils/settings/hostname.ts). */
  sites: z
    .record(z.string().check(z.minLength(1), z.maxLength(MAX_HOSTNAME_LENGTH)), siteRuleSchema)
    .check(z.refine((sites) => Object.keys(sites).length <= MAX_SITE_RULES, `At most ${MAX_SITE_RULES} site rules`)),
  types: z.array(entityTypeSchema),
  highlightStyle: z.enum(highlightStyles),
  firstMentionOnly: z.boolean(),
  /** Milliseconds of hover before a card opens. */
  cardDelay: z.number().check(z.int(), z.gte(CARD_DELAY.min), z.lte(CARD_DELAY.max)),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SiteRule = z.infer<typeof siteRuleSchema>;
export type RunMode = Settings['runOn'];
export type HighlightStyle = Settings['highlightStyle'];

/** A fresh copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return {
    enabled: true,
    runOn: 'everywhere',
    sites: {},
    types: [...ENTITY_TYPES],
    highlightStyle: 'underline',
    firstMentionOnly: false,
    cardDelay: 400,
  };
}

/** The defaults, frozen so that no caller can change them for everyone else. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ...defaultSettings(),
  sites: Object.freeze({}) as Settings['sites'],
  types: Object.freeze([...ENTITY_TYPES]) as Settings['types'],
});
