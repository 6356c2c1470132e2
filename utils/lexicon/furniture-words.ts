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
