// What other modules need from the dictionary format without loading its schema (and the schema library with it):
// the content script reads these on every page.

/** The dictionary format version this code reads and writes. */
export const SCHEMA_VERSION = 1;

/**
 * Size limits: a dictionary that breaks them is refused rather than loaded, so a hostile or corrupt file
 * cannot exhaust memory or freeze the page. They sit far above what the builder produces.
 */
export const LIMITS = {
  idLength: 200,
  nameLength: 300,
  textLength: 20_000,
  urlLength: 4_000,
  aliasesPerEntity: 200,
  factsPerEntity: 2_000,
  entities: 200_000,
  quotes: 500_000,
  sources: 50_000,
  corrections: 10_000,
} as const;

/** The kinds of named things, in the order they are listed to readers. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'other'] as const;

/** One kind of named thing. */
export type EntityType = (typeof ENTITY_TYPES)[number];
