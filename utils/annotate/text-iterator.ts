/**
 * mark.js walks its context with `document.createNodeIterator`. A NodeIterator stays attached to the document
 * until it is garbage-collected, and the browser updates every attached one on each node removal, so creating
 * one per marked text node makes marking a big page quadratic. While mark.js runs on a text node, this hands it
 * an equivalent iterator over that one node that is not attached to anything.
 */
export function withDetachedIterators<T>(doc: Document, run: () => T): T {
  // Nested use (a whole batch around each node's marking) keeps the shim already in place: redefining a property
  // on the document for every text node costs more than the marking itself.
  if (shimmed.has(doc)) return run();
  const native = doc.createNodeIterator;
  const shim = function (this: Document, root: Node, whatToShow?: number, filter?: NodeFilter | null) {
    if (root.nodeType !== 3) return native.call(doc, root, whatToShow, filter);
    const accepted = (whatToShow ?? 0xffffffff) & 0x4 && accepts(filter ?? null, root) ? [root] : [];
    return staticIterator(root, accepted);
  };
  Object.defineProperty(doc, 'createNodeIterator', { value: shim, configurable: true, writable: true });
  shimmed.add(doc);
  try {
    return run();
  } finally {
    shimmed.delete(doc);
    delete (doc as unknown as Record<string, unknown>).createNodeIterator;
    if (doc.createNodeIterator !== native) doc.createNodeIterator = native;
  }
}

const shimmed = new WeakSet<Document>();

function accepts(filter: NodeFilter | null, node: Node): boolean {
  if (!filter) return true;
  const result = typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
  return result === 1;
}

/** The NodeIterator interface over a fixed list of nodes; `k` is the gap the iterator's pointer sits in. */
function staticIterator(root: Node, nodes: Node[]): NodeIterator {
  let k = 0;
  return {
    root,
    whatToShow: 0x4,
    filter: null,
    get referenceNode() {
      return nodes[Math.min(k, nodes.length - 1)] ?? root;
    },
    get pointerBeforeReferenceNode() {
      return k < nodes.length;
    },
    nextNode: () => (k < nodes.length ? nodes[k++]! : null),
    previousNode: () => (k > 0 ? nodes[--k]! : null),
    detach: () => undefined,
  };
}
