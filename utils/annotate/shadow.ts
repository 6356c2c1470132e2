/** NodeFilter's answers and SHOW_ELEMENT, spelled out so the walk needs no globals beyond the document it is given. */
const SHOW_ELEMENT = 0x1;
const ACCEPT = 1;
const REJECT = 2;

/**
 * The open shadow roots of elements under `under` (itself included), leaving out those inside elements to leave alone
 * (`skip`): a page's web components hold their text there, out of reach of a walk of the document. Closed roots are
 * the page's private business and stay out of reach. Custom elements with no root yet go to `pending`: a component
 * defined later attaches its root then, which no MutationObserver reports.
 */
export function openShadowRoots(under: Node, skip: (el: Element) => boolean, pending?: Element[]): ShadowRoot[] {
  const doc = under.ownerDocument;
  if (!doc || (under.nodeType !== 1 && under.nodeType !== 11)) return [];
  const out: ShadowRoot[] = [];
  const take = (el: Element) => {
    if (el.shadowRoot) out.push(el.shadowRoot);
    else if (pending && el.localName.includes('-')) pending.push(el);
  };
  if (under.nodeType === 1) {
    if (skip(under as Element)) return [];
    take(under as Element);
  }
  const walker = doc.createTreeWalker(under, SHOW_ELEMENT, {
    acceptNode: (el: Element) => (skip(el) ? REJECT : ACCEPT),
  });
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) take(el);
  return out;
}

/** The shadow root `node` sits in, or null when it is in the document itself (or in nothing). */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  return root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot) : null;
}

/** `node`, or the host in the document that holds it when it sits in shadow roots. */
export function inDocument(node: Node): Node {
  let at = node;
  for (let root = shadowRootOf(at); root; root = shadowRootOf(at)) at = root.host;
  return at;
}

/**
 * Orders two marks as a reader meets them, with text in a shadow root standing where its host stands: a negative
 * number when `a` comes first.
 */
export function composedOrder(a: Node, b: Node): number {
  const [x, y] = [inDocument(a), inDocument(b)];
  return (x === y ? a.compareDocumentPosition(b) : x.compareDocumentPosition(y)) & 4 /* FOLLOWING */ ? -1 : 1;
}
