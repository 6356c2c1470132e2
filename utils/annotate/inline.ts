/** Elements that flow inside a line: text on both sides of their edges can belong to one word. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/**
 * Whether text node `b` continues the line of text node `a` (which comes before it) with only inline elements
 * between them, so that "Iran<b>ian</b>" is read as one word but "<p>Iran</p><p>Ian</p>" as two.
 */
export function continuesInline(a: Text, b: Text): boolean {
  if (a.nextSibling === b) return true;
  if (a.nextSibling && a.nextSibling.nodeType === 1 && !INLINE.has((a.nextSibling as Element).localName)) return false;
  const common = commonAncestor(a, b);
  if (!common) return false;
  for (let el = a.parentElement; el && el !== common; el = el.parentElement)
    if (!INLINE.has(el.localName)) return false;
  for (let el = b.parentElement; el && el !== common; el = el.parentElement)
    if (!INLINE.has(el.localName)) return false;
  return true;
}

function commonAncestor(a: Node, b: Node): Node | null {
  for (let n: Node | null = a.parentNode; n; n = n.parentNode) if (n.contains(b)) return n;
  return null;
}
