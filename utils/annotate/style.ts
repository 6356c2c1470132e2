import { ENTITY_ATTR, FLASH_ATTR, MARK_TAG, STYLE_ID } from './constants';

/** How marks look before they are hovered: the highlightStyle setting. */
export type HighlightStyle = 'underline' | 'background' | 'none';

const SEL = `${MARK_TAG}[${ENTITY_ATTR}]`;

// A mark must never move text: `all:unset` puts every property back to the parent's (inherited ones) or the initial
// value (an inline box with no margin, padding, border or background), above any rule of the site's, and no generated
// content from a site's own `mark::before`/`::after` rules may appear around it.
const NEUTRAL = `${SEL}{all:unset!important}${SEL}::before,${SEL}::after{content:none!important}`;

const LOOKS: Record<HighlightStyle, string> = {
  underline: `${SEL}{text-decoration:underline dotted rgba(128,128,128,.8)!important;text-decoration-thickness:1px!important;text-underline-offset:.18em!important}`,
  background: `${SEL}{background:rgba(255,196,0,.22)!important;border-radius:2px!important}`,
  none: '',
};

const HOVER = `${SEL}:hover,${SEL}:focus-visible{text-decoration:underline solid currentColor!important;text-decoration-thickness:1px!important}
${SEL}[${FLASH_ATTR}]{outline:2px solid #f0a500!important;outline-offset:1px!important;background:rgba(255,196,0,.35)!important}`;

/** The stylesheet text for `style`. */
export function highlightCss(style: HighlightStyle): string {
  return `${NEUTRAL}\n${LOOKS[style]}\n${HOVER}`;
}

/**
 * Adds (or updates) the annotator's one stylesheet in the document, or in a shadow root holding marks (the document's
 * styles do not reach into it); returns the function that removes it again.
 */
export function applyHighlightStyle(where: Document | ShadowRoot, style: HighlightStyle): () => void {
  const doc = where.nodeType === 9 ? (where as Document) : (where as ShadowRoot).ownerDocument!;
  let el = where.getElementById(STYLE_ID);
  if (!el) {
    el = doc.createElement('style');
    el.id = STYLE_ID;
    if (where === doc) (doc.head ?? doc.documentElement).appendChild(el);
    else where.appendChild(el);
  }
  const css = highlightCss(style);
  if (el.textContent !== css) el.textContent = css;
  const added = el;
  return () => added.remove();
}
