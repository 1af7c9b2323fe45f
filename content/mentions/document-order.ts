/**
 * Document order across shadow roots: shadow content is placed at its host, before the host's
 * light-DOM children (the way it is usually rendered). compareDocumentPosition alone cannot do
 * this: nodes in different trees compare as "disconnected".
 */

/** [node, host of node's shadow root, host of that host's shadow root, ...], outermost last. */
function scopeChain(node: Node): Node[] {
  const chain: Node[] = [node];
  let root = node.getRootNode();
  while (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) {
    const host = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain.reverse();
}

function compareInOneTree(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

function compareChains(a: Node[], b: Node[]): number {
  const depth = Math.min(a.length, b.length);
  for (let level = 0; level < depth; level++) {
    const x = a[level] as Node;
    const y = b[level] as Node;
    if (x !== y) return compareInOneTree(x, y);
  }
  return a.length - b.length;
}

/** Sorts items by the composed document order of their nodes; items of one node keep their order. */
export function sortInComposedOrder<T>(items: readonly T[], nodeOf: (item: T) => Node): T[] {
  const keyed = items.map((item, index) => ({ item, index, chain: scopeChain(nodeOf(item)) }));
  keyed.sort((x, y) => compareChains(x.chain, y.chain) || x.index - y.index);
  return keyed.map((entry) => entry.item);
}
