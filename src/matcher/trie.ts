/**
 * Builds one regex alternation from many names as a trie of their character pieces:
 * "oxy(?:codone|contin)" instead of "oxycodone|oxycontin". The engine then tests each
 * starting character once instead of once per name, which is what makes scanning large pages
 * with dozens of names cheap. A longer name is tried before a shorter one it starts with.
 */

interface TrieNode {
  terminal: boolean;
  depth: number;
  children: Map<string, TrieNode>;
}

function newNode(): TrieNode {
  return { terminal: false, depth: 0, children: new Map() };
}

/** Regex source matching exactly the given unit sequences (each unit a regex piece). */
export function trieSource(names: readonly (readonly string[])[]): string {
  const root = newNode();
  for (const units of names) {
    if (units.length === 0) continue;
    let node = root;
    for (const unit of units) {
      let child = node.children.get(unit);
      if (!child) {
        child = newNode();
        node.children.set(unit, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  measureDepth(root);
  return emit(root);
}

function measureDepth(node: TrieNode): number {
  let deepest = 0;
  for (const child of node.children.values()) deepest = Math.max(deepest, 1 + measureDepth(child));
  node.depth = deepest;
  return deepest;
}

function emit(node: TrieNode): string {
  const branches = [...node.children]
    .sort(([unitA, a], [unitB, b]) => b.depth - a.depth || (unitA < unitB ? -1 : unitA > unitB ? 1 : 0))
    .map(([unit, child]) => unit + emit(child));
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.terminal) return alternation;
  return `(?:${alternation})?`;
}
