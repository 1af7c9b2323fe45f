/**
 * The browser's highlight sink: one `Highlight` registered in CSS.highlights under the name
 * `medglance`, holding one Range per mention. Nothing is written into the page's DOM.
 */
import type { HighlightSink } from '../types';
import { HIGHLIGHT_NAME } from '../../src/highlight/name';

export { HIGHLIGHT_NAME, highlightApiAvailable } from '../../src/highlight/name';

/** A sink that can also be taken out of (and put back into) the page's highlight registry. */
export interface RegisteredHighlightSink extends HighlightSink {
  /** Whether the ranges are in the registry (painted) right now. */
  readonly registered: boolean;
  register(): void;
  /** Takes the highlight out of the registry, if it is still ours there. */
  unregister(): void;
}

export class CssHighlightSink implements RegisteredHighlightSink {
  readonly #highlight = new Highlight();
  readonly #registry: HighlightRegistry;
  readonly #name: string;

  constructor(registry: HighlightRegistry = CSS.highlights, name = HIGHLIGHT_NAME) {
    this.#registry = registry;
    this.#name = name;
  }

  get size(): number {
    return this.#highlight.size;
  }

  get registered(): boolean {
    return this.#registry.get(this.#name) === this.#highlight;
  }

  add(range: Range): void {
    this.#highlight.add(range);
  }

  delete(range: Range): void {
    this.#highlight.delete(range);
  }

  clear(): void {
    this.#highlight.clear();
  }

  register(): void {
    this.#registry.set(this.#name, this.#highlight);
  }

  unregister(): void {
    // An instance that replaced us (after an update) owns the name now: leave its highlight alone.
    if (this.registered) this.#registry.delete(this.#name);
  }
}
