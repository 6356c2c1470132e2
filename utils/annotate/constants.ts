/** The element the hover card lives in (a shadow host): a contract with tests and the page's own styles. */
export const CARD_HOST = 'backstory-card';
/** The element mark.js wraps each mention in. */
export const MARK_TAG = 'mark';
/** Attribute on each mark: the id of the entity mentioned. */
export const ENTITY_ATTR = 'data-backstory-entity';
/** Attribute on each mark: the dictionary alias that matched. */
export const ALIAS_ATTR = 'data-backstory-alias';
/**
 * Attribute on each mark that continues the mark before it: a name split across inline elements ("Joe <b>Biden</b>")
 * is one mention in several marks, and only the first counts, takes focus, or is shown.
 */
export const PART_ATTR = 'data-backstory-part';
/** Put this attribute on any element of Backstory's own UI: the annotator never looks inside it. */
export const UI_ATTR = 'data-backstory-ui';
/** Attribute set for a moment on a mark that is being shown to the reader. */
export const FLASH_ATTR = 'data-backstory-flash';
/** Id of the one stylesheet the annotator adds to the page. */
export const STYLE_ID = 'backstory-highlight-style';
/** Selects every mark the annotator made. */
export const MARK_SELECTOR = `${MARK_TAG}[${ENTITY_ATTR}]`;
/** Selects the first mark of every mention: what is counted, reached from the keyboard and shown. */
export const MENTION_SELECTOR = `${MARK_SELECTOR}:not([${PART_ATTR}])`;
/** What one annotator reads and spends at most: characters of text, and milliseconds of work in all. */
export const DEFAULT_BUDGET = { chars: 3_000_000, ms: 5_000 } as const;
