/**
 * Shadow roots attached to elements already on the page leave no trace a content script can
 * observe: attachShadow() makes no mutation record, fires no event, and the isolated world has
 * no custom element registry to ask. So every so often the elements of the document and of the
 * known shadow roots are looked over for new open shadow roots (one querySelectorAll per scope,
 * several times cheaper than walking elements). The pause between sweeps starts at 250 ms, when
 * lazy widgets attach, and doubles after each sweep up to 2 s; a page that changes its DOM
 * (`nudge()`) brings it back to 250 ms. It also grows with the sweeps' cost, keeping them near
 * 1% of the time even on huge pages. A sweep runs in its timer's own task when it fits in a few
 * milliseconds (most frames are small), in the scanner's slices otherwise.
 */
import { isOwnUi } from './exclusions';
import type { SlicedJob } from './slice-runner';

export interface ShadowSweepOptions {
  /** The document, then every shadow root known so far. */
  scopes: () => Iterable<Document | ShadowRoot>;
  /** Whether a shadow root is already being scanned and observed. */
  isKnown: (root: ShadowRoot) => boolean;
  found: (root: ShadowRoot) => void;
  /** Runs the sweep job in the scanner's time slices. */
  runJob: (job: SlicedJob) => void;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const FIRST_INTERVAL_MS = 250;
const LONGEST_INTERVAL_MS = 2_000;
/** What a sweep may take in its timer's task before the rest goes to the scanner's slices. */
const INLINE_BUDGET_MS = 4;
/** Wait at least this many times what the last sweep cost. */
const COST_FACTOR = 100;
const CHECK_EVERY = 256;

export class ShadowSweeper {
  readonly #options: ShadowSweepOptions;
  readonly #now: () => number;
  readonly #setTimer: (callback: () => void, ms: number) => unknown;
  readonly #clearTimer: (timer: unknown) => void;
  #interval = FIRST_INTERVAL_MS;
  #timer: unknown;
  #dueAt = 0;
  #running = false;
  #stopped = false;
  /** Sweeps completed (tests watch it). */
  sweeps = 0;

  constructor(options: ShadowSweepOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.#clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** @param firstIntervalMs the pause before the first sweep (250 ms unless given); a nudge still brings the next to 250 ms. */
  start(firstIntervalMs = FIRST_INTERVAL_MS): void {
    if (this.#stopped) return;
    this.#interval = firstIntervalMs;
    this.#arm(0);
  }

  /** The page changed: sweep again soon (a change is when new components tend to attach). */
  nudge(): void {
    if (this.#stopped) return;
    this.#interval = FIRST_INTERVAL_MS;
    // A sweep due later than that comes sooner; one due sooner is left alone.
    if (this.#timer !== undefined && this.#dueAt - this.#now() > FIRST_INTERVAL_MS) {
      this.#clearTimer(this.#timer);
      this.#timer = undefined;
      this.#arm(0);
    }
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) this.#clearTimer(this.#timer);
    this.#timer = undefined;
  }

  #arm(lastCost: number): void {
    if (this.#stopped) return;
    const delay = Math.max(this.#interval, lastCost * COST_FACTOR);
    this.#interval = Math.min(LONGEST_INTERVAL_MS, this.#interval * 2);
    this.#dueAt = this.#now() + delay;
    this.#timer = this.#setTimer(() => {
      this.#timer = undefined;
      if (this.#running || this.#stopped) return;
      this.#running = true;
      const job = this.#job();
      const deadline = this.#now() + INLINE_BUDGET_MS;
      if (!job.run(() => this.#now() < deadline)) this.#options.runJob(job);
    }, delay);
  }

  #job(): SlicedJob {
    let cost = 0;
    const search = new ShadowRootSearch([...this.#options.scopes()], {
      isKnown: this.#options.isKnown,
      found: this.#options.found,
    });
    return {
      run: (hasTime) => {
        if (this.#stopped) return true;
        const began = this.#now();
        let done: boolean;
        try {
          done = search.run(hasTime);
        } finally {
          cost += this.#now() - began;
        }
        if (!done) return false;
        this.#running = false;
        this.sweeps++;
        this.#arm(cost);
        return true;
      },
    };
  }
}

/** One look over the elements of some scopes for open shadow roots not known yet, in slices. */
export class ShadowRootSearch implements SlicedJob {
  readonly #scopes: readonly (Document | ShadowRoot)[];
  readonly #isKnown: (root: ShadowRoot) => boolean;
  readonly #found: (root: ShadowRoot) => void;
  #scopeIndex = 0;
  #elements: ArrayLike<Element> | undefined;
  #elementIndex = 0;

  constructor(scopes: readonly (Document | ShadowRoot)[], options: Pick<ShadowSweepOptions, 'isKnown' | 'found'>) {
    this.#scopes = scopes;
    this.#isKnown = options.isKnown;
    this.#found = options.found;
  }

  run(hasTime: () => boolean): boolean {
    while (this.#scopeIndex < this.#scopes.length) {
      const elements = (this.#elements ??= (this.#scopes[this.#scopeIndex] as Document | ShadowRoot).querySelectorAll(
        '*',
      ));
      while (this.#elementIndex < elements.length) {
        const element = elements[this.#elementIndex++] as Element;
        const root = element.shadowRoot;
        if (root && !this.#isKnown(root) && !isOwnUi(element)) this.#found(root);
        if (this.#elementIndex % CHECK_EVERY === 0 && !hasTime()) return false;
      }
      this.#elements = undefined;
      this.#elementIndex = 0;
      this.#scopeIndex++;
    }
    return true;
  }
}
