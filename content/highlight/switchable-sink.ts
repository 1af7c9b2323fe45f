/**
 * Highlighting on/off (globally or for a site) without losing the mentions: every range is kept
 * here, and handed to the real sink only while highlighting is on. Counting goes on either way.
 *
 * New ranges reach the real sink at flush() (the store's commit), not one by one: each change
 * of a registered highlight makes the browser repaint, so a scan commits in few, large steps.
 * The highlight enters the page's registry only with its first range: a page without mentions
 * never has a `medglance` entry.
 */
import type { HighlightSink } from '../types';
import type { RegisteredHighlightSink } from './css-highlight-sink';

export class SwitchableHighlightSink implements HighlightSink {
  readonly #ranges = new Set<Range>();
  #pending: Range[] = [];
  readonly #target: RegisteredHighlightSink;
  #enabled: boolean;

  constructor(target: RegisteredHighlightSink, enabled: boolean) {
    this.#target = target;
    this.#enabled = enabled;
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
    if (this.#enabled) this.#pending.push(range);
  }

  delete(range: Range): void {
    this.#ranges.delete(range);
    this.#target.delete(range);
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    if (!this.#enabled) return;
    for (const range of pending) if (this.#ranges.has(range)) this.#target.add(range);
    if (!this.#target.registered && this.#target.size > 0) this.#target.register();
  }

  clear(): void {
    this.#ranges.clear();
    this.#pending = [];
    this.#target.clear();
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.#enabled) return;
    this.#enabled = enabled;
    this.#pending = [];
    if (enabled) {
      for (const range of this.#ranges) this.#target.add(range);
      if (this.#ranges.size > 0) this.#target.register();
    } else {
      this.#target.unregister();
      this.#target.clear();
    }
  }

  /** Puts the highlight back into the registry if highlighting is on and the page took it out. */
  ensureRegistered(): void {
    if (this.#enabled && this.#target.size > 0 && !this.#target.registered) this.#target.register();
  }

  /** Takes everything out of the page (the content script stops). */
  dispose(): void {
    this.#enabled = false;
    this.#target.unregister();
    this.clear();
  }
}
