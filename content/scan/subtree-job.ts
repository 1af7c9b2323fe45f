/**
 * Scanning one subtree (the document, a shadow root, or what a mutation added), in slices:
 * first its text (optionally starting in the middle, where the viewport is, and wrapping around),
 * then its elements, looking for open shadow roots.
 * One querySelectorAll('*') pass is several times cheaper than visiting elements in the walk.
 */
import { isOwnUi } from './exclusions';
import type { SlicedJob } from './slice-runner';
import { TextWalk } from './text-walk';

export interface ScanTargets {
  text(node: Text): void;
  shadowRoot(root: ShadowRoot): void;
}

const CHECK_EVERY = 128;

export class SubtreeScanJob implements SlicedJob {
  readonly #root: Node;
  readonly #targets: ScanTargets;
  readonly #startBefore: Node | undefined;
  #phase: 'text' | 'wrap' | 'elements' | 'done' = 'text';
  #walk: TextWalk | undefined;
  #elements: ArrayLike<Element> | undefined;
  #elementIndex = 0;

  constructor(root: Node, targets: ScanTargets, options: { startBefore?: Node | null } = {}) {
    this.#root = root;
    this.#targets = targets;
    this.#startBefore = options.startBefore ?? undefined;
  }

  run(hasTime: () => boolean): boolean {
    const root = this.#root;
    if (root.nodeType === Node.TEXT_NODE) {
      if (root.isConnected) this.#targets.text(root as Text);
      return true;
    }
    const visit = (node: Text) => this.#targets.text(node);
    while (this.#phase !== 'done') {
      if (this.#phase === 'text') {
        this.#walk ??= new TextWalk(root, { startBefore: this.#startBefore });
        if (!this.#walk.run(visit, hasTime)) return false;
        const first = this.#walk.firstVisited;
        this.#walk = this.#startBefore ? new TextWalk(root, { stopAt: first }) : undefined;
        this.#phase = this.#startBefore ? 'wrap' : 'elements';
      } else if (this.#phase === 'wrap') {
        if (!this.#walk?.run(visit, hasTime)) return false;
        this.#phase = 'elements';
      } else {
        if (!this.#runElements(hasTime)) return false;
        this.#phase = 'done';
      }
      if (!hasTime()) return this.#phase === 'done';
    }
    return true;
  }

  #runElements(hasTime: () => boolean): boolean {
    if (!this.#elements) {
      const root = this.#root as Element | Document | ShadowRoot;
      if (typeof root.querySelectorAll !== 'function') return true;
      if (root.nodeType === Node.ELEMENT_NODE) this.#checkElement(root as Element);
      this.#elements = root.querySelectorAll('*');
    }
    const elements = this.#elements;
    const length = elements.length;
    let index = this.#elementIndex;
    try {
      while (index < length) {
        const shadow = (elements[index++] as Element).shadowRoot;
        if (shadow) this.#checkElement(shadow.host);
        if (index % CHECK_EVERY === 0 && !hasTime()) return index >= length;
      }
    } finally {
      this.#elementIndex = index;
    }
    this.#elements = undefined;
    return true;
  }

  #checkElement(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow && !isOwnUi(element)) this.#targets.shadowRoot(shadow);
  }
}
