/** Elements that flow inside a line: text on both sides of their edges can belong to one word. */
const INLINE = new Set(
  // Space-separated to keep the content script small.
  'a abbr b bdi bdo cite data dfn em font i ins del mark q s small span strong sub sup time u var'.split(' '),
);

/** Whether `el` flows inside a line of text. */
export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/**
 * The text node that continues the line of `from` forwards or backwards, with only inline elements between them, or
 * null where the line ends: at a block, a line break, an element to leave alone (`skip`), or the edge of `root`.
 * Comments and empty inline elements are stepped over. "Joe <b>Biden</b>" is one line; "<p>Joe</p><p>Biden</p>" is not.
 */
export function nextInLine(from: Node, forward: boolean, root: Node, skip: (el: Element) => boolean): Text | null {
  const sibling = (n: Node) => (forward ? n.nextSibling : n.previousSibling);
  let at: Node = from;
  let c = sibling(from);
  for (;;) {
    if (!c) {
      const up = at.parentNode;
      if (!up || up === root || up.nodeType !== 1 || !isInline(up as Element)) return null;
      at = up;
      c = sibling(up);
      continue;
    }
    if (c.nodeType === 3) return c as Text;
    if (c.nodeType === 1) {
      if (!isInline(c as Element) || skip(c as Element)) return null;
      const inner = forward ? c.firstChild : c.lastChild;
      if (inner) {
        c = inner;
        continue;
      }
    }
    at = c;
    c = sibling(c);
  }
}
