/**
 * What counts as page furniture around and inside a story: the parts of a news page that are not the article's own
 * text (navigation, site header and footer, sidebars, rails of other headlines, sharing and comment blocks).
 */

export { FURNITURE_ROLES, FURNITURE_TAGS } from './landmarks';

/**
 * Words in a class or id that name furniture, matched as whole parts of the name ("related-links", "story__share"),
 * so that "sharepoint" or "socialite" do not count.
 */
export const FURNITURE_NAME_WORDS: readonly string[] = [
  'related',
  'recirc',
  'recirculation',
  'share',
  'sharing',
  'social',
  'newsletter',
  'promo',
  'trending',
  'sidebar',
  'rail',
  'mostread',
  'most-read',
  'most-popular',
  'most-viewed',
  'comments',
  'breadcrumb',
  'breadcrumbs',
  'outbrain',
  'taboola',
  'advert',
  'advertisement',
];

const escaped = FURNITURE_NAME_WORDS.map((w) => w.replace(/[-]/g, '\\-')).join('|');
/** A class list with one of the words as a part between separators (space, "-" or "_"). */
export const FURNITURE_CLASS = new RegExp(`(?:^|[\\s_-])(?:${escaped})(?:$|[\\s_-])`, 'i');
/** An id that starts with one of the words: ids are often slugs of headings ("debt-as-a-share-of-gdp"), classes not. */
export const FURNITURE_ID = new RegExp(`^(?:${escaped})(?:$|[_-])`, 'i');
