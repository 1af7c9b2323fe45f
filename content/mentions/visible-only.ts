/**
 * Stands between the scanner and the mention store so that only text a reader can see is counted,
 * highlighted and stepped through (find-in-page's rule, see ../scan/visibility.ts). Text that
 * matched while hidden is held back here; a recheck, a few times a second while the page is
 * visible and only while anything is held or counted, moves text whose visibility changed (a tab
 * clicked, a class changed, `hidden` removed, or hidden again) into or out of the store. A page
 * in a background tab is not judged (it may not be laid out): it counts all, what it held too,
 * until it is seen.
 */
import type { DrugMatch, InteractantMatch } from '../../src/matcher/types';
import type { SplitMatch } from '../scan/split-names';
import type { IsShown } from '../scan/visibility';
import type { PageMentions } from './store';

interface Held {
  mentions: readonly DrugMatch[];
  interactants: readonly InteractantMatch[];
}

export interface VisibleOnlyOptions {
  store: PageMentions;
  isShown: IsShown;
  document: Document;
  /** How often held and counted text is looked at again. */
  intervalMs?: number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (timer: unknown) => void;
}

export const RECHECK_MS = 250;

export class VisibleOnlyRecorder {
  readonly #store: PageMentions;
  readonly #isShown: IsShown;
  readonly #doc: Document;
  readonly #held = new Map<Text, Held>();
  /** Names across nodes held back, by the node they start in. */
  readonly #heldSplits = new Map<Text, readonly SplitMatch[]>();
  readonly #intervalMs: number;
  readonly #setInterval: (callback: () => void, ms: number) => unknown;
  readonly #clearInterval: (timer: unknown) => void;
  #timer: unknown;
  #stopped = false;
  readonly #onVisibility = () => this.recheck();

  constructor(options: VisibleOnlyOptions) {
    this.#store = options.store;
    this.#isShown = options.isShown;
    this.#doc = options.document;
    this.#intervalMs = options.intervalMs ?? RECHECK_MS;
    this.#setInterval = options.setInterval ?? ((callback, ms) => setInterval(callback, ms));
    this.#clearInterval = options.clearInterval ?? ((timer) => clearInterval(timer as ReturnType<typeof setInterval>));
    this.#doc.addEventListener('visibilitychange', this.#onVisibility);
  }

  /** Text nodes that matched but cannot be seen now. */
  get held(): number {
    return this.#held.size + this.#heldSplits.size;
  }

  record(node: Text, mentions: readonly DrugMatch[], interactants: readonly InteractantMatch[]): void {
    if ((mentions.length > 0 || interactants.length > 0) && !this.#shown(node)) {
      this.#held.set(node, { mentions, interactants });
      this.#store.forget(node);
    } else {
      this.#held.delete(node);
      this.#store.record(node, mentions, interactants);
    }
    this.#arm();
  }

  /** Names across nodes that start in `node` (a name is seen when its first and last nodes are). */
  recordSplits(node: Text, splits: readonly SplitMatch[]): void {
    if (splits.length === 0 && this.#heldSplits.size === 0) return this.#store.recordSplits(node, splits);
    if (splits.length > 0 && !this.#splitsShown(node, splits)) {
      this.#heldSplits.set(node, splits);
      this.#store.recordSplits(node, []);
    } else {
      this.#heldSplits.delete(node);
      this.#store.recordSplits(node, splits);
    }
    this.#arm();
  }

  forget(node: Text): void {
    if (this.#held.size > 0) this.#held.delete(node);
    this.#store.forget(node);
  }

  forgetDisconnected(): void {
    for (const node of this.#held.keys()) if (!node.isConnected) this.#held.delete(node);
    for (const [node, splits] of this.#heldSplits)
      if (splits.some((split) => split.nodes.some((covered) => !covered.isConnected))) this.#heldSplits.delete(node);
    this.#store.forgetDisconnected();
  }

  commit(): boolean {
    return this.#store.commit();
  }

  /** Moves text whose visibility changed into or out of the store, and commits. */
  recheck(): void {
    if (this.#stopped) return;
    if (this.#doc.visibilityState === 'hidden') {
      // A background tab is not judged (see #shown): what was held counts until the page is seen
      // again. Text judged while the tab was being switched away is held wrongly: Firefox stops
      // laying the page out (nothing is visible) before it reports the page hidden.
      this.#countAllHeld();
      return this.#disarm();
    }
    for (const [node, held] of [...this.#held]) {
      if (!node.isConnected) this.#held.delete(node);
      else if (this.#shown(node)) {
        this.#held.delete(node);
        this.#store.record(node, held.mentions, held.interactants);
      }
    }
    for (const node of this.#store.trackedTexts()) {
      if (node.isConnected && !this.#shown(node)) {
        const recorded = this.#store.recordedFor(node);
        this.#held.set(node, recorded);
        this.#store.forget(node);
      }
    }
    for (const [node, splits] of [...this.#heldSplits]) {
      if (!splits.every((split) => split.nodes.every((covered) => covered.isConnected))) this.#heldSplits.delete(node);
      else if (this.#splitsShown(node, splits)) {
        this.#heldSplits.delete(node);
        this.#store.recordSplits(node, splits);
      }
    }
    for (const node of this.#store.splitStarts()) {
      const splits = this.#store.splitsRecordedFor(node);
      if (node.isConnected && !this.#splitsShown(node, splits)) {
        this.#heldSplits.set(node, splits);
        this.#store.recordSplits(node, []);
      }
    }
    this.#store.commit();
    this.#arm();
  }

  stop(): void {
    this.#stopped = true;
    this.#held.clear();
    this.#heldSplits.clear();
    this.#disarm();
    this.#doc.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #countAllHeld(): void {
    if (this.#held.size === 0) return;
    for (const [node, held] of [...this.#held]) {
      this.#held.delete(node);
      if (node.isConnected) this.#store.record(node, held.mentions, held.interactants);
    }
    this.#store.commit();
  }

  #shown(node: Text): boolean {
    // A page in a background tab may not be laid out (Firefox says nothing is visible there):
    // count what matched, and decide once the page is seen.
    if (this.#doc.visibilityState === 'hidden') return true;
    try {
      return this.#isShown(node);
    } catch {
      return true;
    }
  }

  #splitsShown(node: Text, splits: readonly SplitMatch[]): boolean {
    return this.#shown(node) && splits.every((split) => this.#shown(split.endNode));
  }

  /** A timer only while something is held or counted and the page is visible. */
  #arm(): void {
    const wanted =
      !this.#stopped && this.#doc.visibilityState !== 'hidden' && (this.held > 0 || this.#store.trackedNodes > 0);
    if (wanted && this.#timer === undefined) this.#timer = this.#setInterval(() => this.recheck(), this.#intervalMs);
    else if (!wanted) this.#disarm();
  }

  #disarm(): void {
    if (this.#timer !== undefined) this.#clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
