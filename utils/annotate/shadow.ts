/**
 * The open shadow roots of elements under `under` (itself included), leaving out those inside elements to leave alone
 * (`skip`): a page's web components hold their text there, out of reach of a walk of the document. Closed roots are
 * the page's private business and stay out of reach. Custom elements with no root yet go to `pending`: a component
 * defined later attaches its root then, which no MutationObserver reports. One native query lists the elements and
 * only hosts and custom elements are checked against `skip` (with their ancestors, each once), since most pages
 * have none and asking of every element cost a whole page's walk.
 */
export function openShadowRoots(under: Node, skip: (el: Element) => boolean, pending?: Element[]): ShadowRoot[] {
  if (under.nodeType !== 1 && under.nodeType !== 11) return [];
  const out: ShadowRoot[] = [];
  const known = new Map<Element, boolean>();
  const skipped = (el: Element): boolean => {
    let answer = known.get(el);
    if (answer === undefined) {
      const parent = el === under ? null : el.parentElement;
      answer = skip(el) || (!!parent && skipped(parent));
      known.set(el, answer);
    }
    return answer;
  };
  const all = (under as ParentNode).querySelectorAll('*');
  for (const el of under.nodeType === 1 ? [under as Element, ...all] : all) {
    const root = el.shadowRoot;
    if (!(root || (pending && el.localName.includes('-'))) || skipped(el)) continue;
    if (root) out.push(root);
    else pending!.push(el);
  }
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
