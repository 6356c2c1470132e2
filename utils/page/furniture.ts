/**
 * What counts as page furniture around and inside a story: the parts of a news page that are not the article's own
 * text (navigation, site header and footer, sidebars, rails of other headlines, sharing and comment blocks).
 */

import { FURNITURE_NAME_WORDS } from '../lexicon/furniture-words';

export { FURNITURE_ROLES, FURNITURE_TAGS } from './landmarks';

const escaped = FURNITURE_NAME_WORDS.map((w) => w.replace(/[-]/g, '\\-')).join('|');
/** A class list with one of the words as a part between separators (space, "-" or "_"). */
export const FURNITURE_CLASS = new RegExp(`(?:^|[\\s_-])(?:${escaped})(?:$|[\\s_-])`, 'i');
/** An id that starts with one of the words: ids are often slugs of headings ("debt-as-a-share-of-gdp"), classes not. */
export const FURNITURE_ID = new RegExp(`^(?:${escaped})(?:$|[_-])`, 'i');
