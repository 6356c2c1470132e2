// The settings schema as plain checks, one per field, for the code that reads stored settings on every page: the
// schema library costs a page far more to load than these few lines. tests/settings/check.test.ts holds every check
// to the schema's verdict; a field added to the schema must be added here too, or the types below stop compiling.
import { ENTITY_TYPES } from '../dictionary/constants';
import { CARD_DELAY, highlightStyles, MAX_HOSTNAME_LENGTH, MAX_SITE_RULES, runModes } from './defaults';
import type { Settings, SiteRule } from './schema';

type EntityTypeSetting = Settings['types'][number];

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: unknown): raw is T =>
    typeof raw === 'string' && (values as readonly string[]).includes(raw);

/** Whether `raw` is a site rule. */
export const isSiteRule = oneOf<SiteRule>(['on', 'off']);
/** Whether `raw` is a kind of named thing the settings know. */
export const isEntityTypeSetting = oneOf<EntityTypeSetting>(ENTITY_TYPES);

const isBoolean = (raw: unknown): raw is boolean => typeof raw === 'boolean';

function isSites(raw: unknown): raw is Settings['sites'] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const entries = Object.entries(raw);
  if (entries.length > MAX_SITE_RULES) return false;
  return entries.every(([host, rule]) => host.length >= 1 && host.length <= MAX_HOSTNAME_LENGTH && isSiteRule(rule));
}

/** One check per stored field: whether a value is what the schema accepts for it. */
export const FIELD_CHECKS: { [K in keyof Settings]-?: (raw: unknown) => raw is Settings[K] } = {
  enabled: isBoolean,
  runOn: oneOf(runModes),
  sites: isSites,
  types: (raw): raw is EntityTypeSetting[] => Array.isArray(raw) && raw.every(isEntityTypeSetting),
  highlightStyle: oneOf(highlightStyles),
  firstMentionOnly: isBoolean,
  readAlong: isBoolean,
  rememberArticles: isBoolean,
  wholePage: isBoolean,
  cardDelay: (raw): raw is number =>
    typeof raw === 'number' && Number.isInteger(raw) && raw >= CARD_DELAY.min && raw <= CARD_DELAY.max,
};
