/**
 * Landmarks of the site around the content: what holds page furniture by its tag or role alone. Pages that are not
 * articles are marked outside these; an article is marked in its story only (see story-frame).
 */

/**
 * Elements that hold furniture wherever they appear. `header` is not one (an article's own header holds its headline),
 * nor `footer` (a chart's or picture's credits sit in one; a footer of links is furniture by its links).
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'form', 'menu', 'dialog']);

/** ARIA landmark and widget roles that are never the story's text. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set(
  // Space-separated to keep the content script small.
  'navigation banner contentinfo complementary search menu menubar toolbar tablist dialog'.split(' '),
);

/**
 * Whether `el` is a landmark of the site: furniture by tag or role, or the site's own header or footer (one inside the
 * content, an article's header with its headline, is the content's).
 */
export function isSiteLandmark(el: Element): boolean {
  const tag = el.localName;
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  return (tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article, main, [role="main"]');
}
