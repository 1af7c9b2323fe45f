/**
 * Scanning one subtree (the document, a shadow root, or what a mutation added), in slices:
 * first its text (optionally starting in the middle, where the viewport is, and wrapping around),
 * handed over in batches (one prefilter call for many text nodes), then its elements, looking
 * for open shadow roots.
 * One querySelectorAll('*') pass is several times cheaper than visiting elements in the walk.
 */
import { isOwnUi } from './exclusions';
import type { SlicedJob } from './slice-runner';
import { TextWalk } from './text-walk';

export interface ScanTargets {
  /** Text nodes in document order; the array is reused after the call returns. */
  texts(nodes: readonly Text[]): void;
  shadowRoot(root: ShadowRoot): void;
}

const CHECK_EVERY = 128;
/** Text nodes per batch: enough to make the per-call cost small, few enough to keep slices short. */
export const TEXT_BATCH = 128;

export class SubtreeScanJob implements SlicedJob {
  readonly #root: Node;
  readonly #targets: ScanTargets;
  readonly #startBefore: Node | undefined;
  #phase: 'text' | 'wrap' | 'elements' | 'done' = 'text';
  #walk: TextWalk | undefined;
  #elements: ArrayLike<Element> | undefined;
  #elementIndex = 0;
  readonly #batch: Text[] = [];

  constructor(root: Node, targets: ScanTargets, options: { startBefore?: Node | null } = {}) {
    this.#root = root;
    this.#targets = targets;
    this.#startBefore = options.startBefore ?? undefined;
  }

  run(hasTime: () => boolean): boolean {
    const root = this.#root;
    if (root.nodeType === Node.TEXT_NODE) {
      if (root.isConnected) this.#targets.texts([root as Text]);
      return true;
    }
    const batch = this.#batch;
    const visit = (node: Text) => {
      if (batch.push(node) >= TEXT_BATCH) this.#flush();
    };
    while (this.#phase !== 'done') {
      if (this.#phase === 'text') {
        this.#walk ??= new TextWalk(root, { startBefore: this.#startBefore });
        const walked = this.#walk.run(visit, hasTime);
        this.#flush();
        if (!walked) return false;
        const first = this.#walk.firstVisited;
        this.#walk = this.#startBefore ? new TextWalk(root, { stopAt: first }) : undefined;
        this.#phase = this.#startBefore ? 'wrap' : 'elements';
      } else if (this.#phase === 'wrap') {
        const walked = this.#walk?.run(visit, hasTime) ?? true;
        this.#flush();
        if (!walked) return false;
        this.#phase = 'elements';
      } else {
        if (!this.#runElements(hasTime)) return false;
        this.#phase = 'done';
      }
      if (!hasTime()) return this.#phase === 'done';
    }
    return true;
  }

  #flush(): void {
    if (this.#batch.length === 0) return;
    try {
      this.#targets.texts(this.#batch);
    } finally {
      this.#batch.length = 0;
    }
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
