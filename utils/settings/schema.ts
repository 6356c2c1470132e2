// The schema extension pages validate writes with (zod's mini build); pages read settings through ./check, without it.
import { z } from 'zod/mini';
import { ENTITY_TYPES } from '../dictionary/constants';
import { CARD_DELAY, highlightStyles, MAX_HOSTNAME_LENGTH, MAX_SITE_RULES, runModes } from './defaults';

export {
  CARD_DELAY,
  DEFAULT_SETTINGS,
  defaultSettings,
  highlightStyles,
  MAX_HOSTNAME_LENGTH,
  MAX_SITE_RULES,
  runModes,
  SETTINGS_VERSION,
} from './defaults';

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
  /** Read the story of every article page as it is read, and mark its names (kept for the tab only). */
  readAlong: z.boolean(),
  /**
   * Keep what reading along finds in each article in the reader's own dictionary, on this machine, so later cards say
   * what the reader read before. Off until the reader turns it on.
   */
  rememberArticles: z.boolean(),
  /** On article pages, mark the whole page (menus, rails, footers) rather than the story's own text. */
  wholePage: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SiteRule = z.infer<typeof siteRuleSchema>;
export type RunMode = Settings['runOn'];
export type HighlightStyle = Settings['highlightStyle'];
