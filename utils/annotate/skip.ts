import { CARD_HOST, ENTITY_ATTR, UI_ATTR } from './constants';

/** Elements whose text is never annotated: code, forms, non-text content, document metadata, Backstory's own UI. */
// Space-separated to keep the content script small.
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  ...'script style noscript template textarea input select option optgroup button code pre kbd samp svg math iframe object canvas video audio head title'.split(
    ' ',
  ),
  CARD_HOST,
]);

/** Whether the annotator must leave `el` and everything inside it alone. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute(ENTITY_ATTR) || el.hasAttribute(UI_ATTR)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Whether `node` sits inside something the annotator must leave alone, up to `root` (checked for nodes added later);
 * `root` may be a shadow root, whose host was checked when it was found.
 */
export function isInsideSkipped(node: Node, root: Node, also?: (el: Element) => boolean): boolean {
  if (node === root) return false;
  const shadow = root.nodeType === 11;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el) || also?.(el)) return true;
    if (el === root || (shadow && el.parentNode === root)) return false;
  }
  return !shadow || node.parentNode !== root;
}
