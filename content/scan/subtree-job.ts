/**
 * Scanning one subtree (the document, a shadow root, or what a mutation added), in slices: one
 * walk (optionally starting in the middle, where the viewport is, and wrapping around) hands over
 * its text nodes in batches and looks at each element for an open shadow root.
 */
import { isOwnUi } from './exclusions';
import type { SlicedJob } from './slice-runner';
import { TextWalk } from './text-walk';

export interface ScanTargets {
  /** Text nodes in document order; the array is reused after the call returns. */
  texts(nodes: readonly Text[]): void;
  shadowRoot(root: ShadowRoot): void;
}

/** Text nodes handed over at a time: as many as the walk visits between two looks at the clock. */
export const TEXT_BATCH = 32;

export class SubtreeScanJob implements SlicedJob {
  readonly #root: Node;
  readonly #targets: ScanTargets;
  readonly #startBefore: Node | undefined;
  #phase: 'start' | 'text' | 'wrap' | 'done' = 'start';
  #walk: TextWalk | undefined;
  readonly #batch: Text[] = [];
  readonly #onElement = (element: Element) => this.#checkElement(element);

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
    const onElement = this.#onElement;
    while (this.#phase !== 'done') {
      if (this.#phase === 'start') {
        // The walk hands over what is under the root, not the root itself.
        if (root.nodeType === Node.ELEMENT_NODE) this.#checkElement(root as Element);
        this.#phase = 'text';
      } else if (this.#phase === 'text') {
        this.#walk ??= new TextWalk(root, { startBefore: this.#startBefore, onElement });
        const walked = this.#walk.run(visit, hasTime);
        this.#flush();
        if (!walked) return false;
        const first = this.#walk.firstVisited;
        this.#walk = this.#startBefore ? new TextWalk(root, { stopAt: first, onElement }) : undefined;
        this.#phase = this.#startBefore ? 'wrap' : 'done';
      } else {
        const walked = this.#walk?.run(visit, hasTime) ?? true;
        this.#flush();
        if (!walked) return false;
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

  #checkElement(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow && !isOwnUi(element)) this.#targets.shadowRoot(shadow);
  }
}
