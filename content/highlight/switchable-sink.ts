/**
 * Highlighting on/off (globally or for a site) without losing the mentions: every range is kept
 * here, and handed to the real sink only while highlighting is on. Counting goes on either way.
 */
import type { HighlightSink } from '../types';
import type { RegisteredHighlightSink } from './css-highlight-sink';

export class SwitchableHighlightSink implements HighlightSink {
  readonly #ranges = new Set<Range>();
  readonly #target: RegisteredHighlightSink;
  #enabled: boolean;

  constructor(target: RegisteredHighlightSink, enabled: boolean) {
    this.#target = target;
    this.#enabled = enabled;
    if (enabled) target.register();
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** Ranges painted right now (0 while highlighting is off). */
  get size(): number {
    return this.#target.size;
  }

  add(range: Range): void {
    this.#ranges.add(range);
    if (this.#enabled) this.#target.add(range);
  }

  delete(range: Range): void {
    this.#ranges.delete(range);
    this.#target.delete(range);
  }

  clear(): void {
    this.#ranges.clear();
    this.#target.clear();
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.#enabled) return;
    this.#enabled = enabled;
    if (enabled) {
      for (const range of this.#ranges) this.#target.add(range);
      this.#target.register();
    } else {
      this.#target.unregister();
      this.#target.clear();
    }
  }

  /** Puts the highlight back into the registry if highlighting is on and the page took it out. */
  ensureRegistered(): void {
    if (this.#enabled && !this.#target.registered) this.#target.register();
  }

  /** Takes everything out of the page (the content script stops). */
  dispose(): void {
    this.#enabled = false;
    this.#target.unregister();
    this.clear();
  }
}
