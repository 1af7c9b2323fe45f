/**
 * Custom elements that are in the page but not defined yet. When their definition loads they
 * upgrade and usually attach a shadow root, and nothing in the light DOM changes: no mutation
 * tells us. (Content scripts cannot use customElements.whenDefined: the isolated world has no
 * custom element registry.) So they are looked at again after each mutation batch and on a
 * backing-off timer until they are defined or gone.
 */
const RECHECK_DELAYS_MS = [100, 250, 500, 1_000, 2_000, 4_000, 8_000, 16_000];

export class PendingHosts {
  readonly #elements = new Set<Element>();
  readonly #onShadowRoot: (root: ShadowRoot) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #attempt = 0;
  #stopped = false;

  constructor(onShadowRoot: (root: ShadowRoot) => void) {
    this.#onShadowRoot = onShadowRoot;
  }

  get size(): number {
    return this.#elements.size;
  }

  add(element: Element): void {
    if (this.#stopped || this.#elements.has(element)) return;
    this.#elements.add(element);
    this.#attempt = 0;
    this.#arm();
  }

  /** Looks at every waiting element: reports new shadow roots, forgets defined and removed ones. */
  check(): void {
    for (const element of this.#elements) {
      if (!element.isConnected) {
        this.#elements.delete(element);
      } else if (element.shadowRoot) {
        this.#elements.delete(element);
        this.#onShadowRoot(element.shadowRoot);
      } else if (element.matches(':defined')) {
        this.#elements.delete(element);
      }
    }
  }

  stop(): void {
    this.#stopped = true;
    this.#elements.clear();
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(): void {
    if (this.#timer !== undefined || this.#stopped) return;
    const delay = RECHECK_DELAYS_MS[this.#attempt];
    if (delay === undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#attempt++;
      this.check();
      if (this.#elements.size > 0) this.#arm();
    }, delay);
  }
}
