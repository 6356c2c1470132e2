// Plain values every reader of the settings needs, apart from the schema: a page's content script imports these
// and the checks in ./check, never the schema library.
import { ENTITY_TYPES } from '../dictionary/constants';
import type { Settings } from './schema';

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
    readAlong: true,
    rememberArticles: false,
    wholePage: false,
  };
}

/** The defaults, frozen so that no caller can change them for everyone else. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ...defaultSettings(),
  sites: Object.freeze({}) as Settings['sites'],
  types: Object.freeze([...ENTITY_TYPES]) as Settings['types'],
});
