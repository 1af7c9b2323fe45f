/**
 * A resumable walk over the text nodes under a root: a bare TreeWalker (no NodeFilter callback,
 * the cheap way to walk) that can be paused between time slices while the page keeps changing.
 * When the node it stopped at is removed meanwhile, a live Range bookmark (which the DOM moves
 * along with removals) tells where to go on. It can hand over the elements on the way too
 * (SHOW_ELEMENT in the same walk: measured cheaper than a second pass with querySelectorAll('*')).
 */

const TEXT_NODE = 3;

function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** Whether `node` is `root` or inside it (same tree). */
function within(root: Node, node: Node): boolean {
  return node === root || root.contains(node);
}

export class TextWalk {
  readonly #root: Node;
  readonly #walker: TreeWalker;
  readonly #bookmark: Range;
  /** A walk that wraps around ends where the first part began. */
  readonly #stopAt: Text | undefined;
  readonly #onElement: ((element: Element) => void) | undefined;
  #finished = false;
  #firstVisited: Text | undefined;

  /**
   * @param startBefore the walk begins at this node (inclusive) instead of the root's start.
   * @param stopAt the walk ends just before this text node.
   * @param onElement called with each element under the root on the way (not the root itself).
   */
  constructor(root: Node, options: { startBefore?: Node; stopAt?: Text; onElement?: (element: Element) => void } = {}) {
    const doc = root.ownerDocument ?? (root as Document);
    this.#root = root;
    this.#onElement = options.onElement;
    this.#walker = doc.createTreeWalker(
      root,
      options.onElement ? NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT : NodeFilter.SHOW_TEXT,
    );
    this.#bookmark = doc.createRange();
    this.#stopAt = options.stopAt;
    const start = options.startBefore;
    if (start && start !== root && start.parentNode && within(root, start)) {
      this.#positionBefore(start);
      this.#bookmark.setStartBefore(start);
    } else {
      this.#bookmark.setStart(root, 0);
    }
    this.#bookmark.collapse(true);
  }

  /** The first text node this walk visited (where a wrapped-around walk must stop). */
  get firstVisited(): Text | undefined {
    return this.#firstVisited;
  }

  get finished(): boolean {
    return this.#finished;
  }

  /**
   * Hands text nodes to `visit` until the walk ends (returns true) or `hasTime` says to pause
   * (returns false; call again later to go on).
   */
  run(visit: (node: Text) => void, hasTime: () => boolean): boolean {
    if (this.#finished) return true;
    if (!this.#resume()) return this.#finish();
    const onElement = this.#onElement;
    for (let visited = 1; ; visited++) {
      const node = this.#walker.nextNode();
      if (!node || node === this.#stopAt) return this.#finish();
      if (node.nodeType === TEXT_NODE) {
        this.#firstVisited ??= node as Text;
        visit(node as Text);
      } else {
        onElement?.(node as Element);
      }
      if (visited % 32 === 0 && !hasTime()) {
        this.#bookmark.setStartAfter(node);
        this.#bookmark.collapse(true);
        return false;
      }
    }
  }

  /** Puts the walker just before `node`, so that nextNode() visits it (or its first text) next. */
  #positionBefore(node: Node): void {
    const previous = node.previousSibling;
    this.#walker.currentNode = previous ? lastDescendant(previous) : (node.parentNode ?? this.#root);
    if (!within(this.#root, this.#walker.currentNode)) this.#walker.currentNode = this.#root;
  }

  /** Whether the walk can go on; repositions it from the bookmark if its node was removed. */
  #resume(): boolean {
    if (!this.#root.isConnected && this.#root.nodeType !== Node.DOCUMENT_NODE) return false;
    const current = this.#walker.currentNode;
    if (current === this.#root || within(this.#root, current)) return true;
    const container = this.#bookmark.startContainer;
    if (!within(this.#root, container)) return false;
    const previous = container.childNodes[this.#bookmark.startOffset - 1];
    this.#walker.currentNode = previous ? lastDescendant(previous) : container;
    return true;
  }

  #finish(): boolean {
    this.#finished = true;
    this.#bookmark.detach();
    return true;
  }
}
