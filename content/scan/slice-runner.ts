/**
 * Runs scanning jobs in time slices, yielding to the page in between, so a large page never gets
 * a long task from us. A slice starts at 8 ms and doubles (up to 32 ms) while the page leaves
 * us alone: when our next task comes straight after the last one, nothing else (input, the
 * page's scripts, rendering) was waiting. Anything in between sets it back to 8 ms. Urgent jobs
 * (what a mutation changed) go before the rest of a big first scan.
 */
import type { NextTask } from './next-task';

export interface SlicedJob {
  /** Does work while `hasTime()` is true; returns true when the job is done. */
  run(hasTime: () => boolean): boolean;
}

export interface SliceRunnerOptions {
  nextTask: NextTask;
  now?: () => number;
  budgetMs?: number;
  /** The most a slice grows to while the page is idle (default 32 ms; the budget itself if budgetMs is given alone). */
  maxBudgetMs?: number;
  /** Called after every slice that ran at least one job (the store commits its changes then). */
  afterSlice?: () => void;
}

const BASE_BUDGET_MS = 8;
const MAX_BUDGET_MS = 32;
/** A gap this short between two of our slices means nothing else ran in between. */
const IDLE_GAP_MS = 1;

export class SliceRunner {
  readonly #queue: SlicedJob[] = [];
  readonly #nextTask: NextTask;
  readonly #now: () => number;
  readonly #budgetMs: number;
  readonly #maxBudgetMs: number;
  #currentBudgetMs: number;
  #lastSliceEnd = Number.NEGATIVE_INFINITY;
  readonly #afterSlice: () => void;
  #scheduled = false;
  #stopped = false;
  #idleWaiters: (() => void)[] = [];
  /** How many slices have run (tests check that big scans yield). */
  slices = 0;

  constructor(options: SliceRunnerOptions) {
    this.#nextTask = options.nextTask;
    this.#now = options.now ?? (() => performance.now());
    this.#budgetMs = options.budgetMs ?? BASE_BUDGET_MS;
    this.#maxBudgetMs = Math.max(
      this.#budgetMs,
      options.maxBudgetMs ?? (options.budgetMs === undefined ? MAX_BUDGET_MS : this.#budgetMs),
    );
    this.#currentBudgetMs = this.#budgetMs;
    this.#afterSlice = options.afterSlice ?? (() => {});
  }

  get busy(): boolean {
    return this.#queue.length > 0;
  }

  /** Queues a job; `urgent` jobs run before the jobs already waiting. Runs in a later task. */
  add(job: SlicedJob, urgent = false): void {
    if (this.#stopped) return;
    if (urgent) this.#queue.unshift(job);
    else this.#queue.push(job);
    this.#schedule();
  }

  /** Runs one slice now (from a callback that is already its own task, e.g. a frame callback). */
  runNow(): void {
    if (this.#stopped || this.#queue.length === 0) return;
    this.#slice();
  }

  /** Resolves once every queued job is done. */
  idle(): Promise<void> {
    if (this.#queue.length === 0 || this.#stopped) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  stop(): void {
    this.#stopped = true;
    this.#queue.length = 0;
    this.#settleIdle();
  }

  #schedule(): void {
    if (this.#scheduled || this.#stopped) return;
    this.#scheduled = true;
    this.#nextTask(() => {
      this.#scheduled = false;
      if (!this.#stopped && this.#queue.length > 0) this.#slice();
    });
  }

  /** The budget of the slice starting now: grown if the page stayed idle since the last one. */
  #budgetFor(start: number): number {
    const idle = start - this.#lastSliceEnd <= IDLE_GAP_MS;
    this.#currentBudgetMs = idle ? Math.min(this.#maxBudgetMs, this.#currentBudgetMs * 2) : this.#budgetMs;
    return this.#currentBudgetMs;
  }

  #slice(): void {
    const start = this.#now();
    const deadline = start + this.#budgetFor(start);
    const hasTime = () => this.#now() < deadline;
    this.slices++;
    try {
      while (this.#queue.length > 0 && !this.#stopped) {
        const job = this.#queue[0] as SlicedJob;
        let done = true;
        try {
          done = job.run(hasTime);
        } catch (error) {
          console.error('[MedGlance] scan job failed', error);
        }
        if (done) {
          const index = this.#queue.indexOf(job);
          if (index >= 0) this.#queue.splice(index, 1);
        }
        if (!hasTime()) break;
      }
    } finally {
      if (!this.#stopped) this.#afterSlice();
    }
    this.#lastSliceEnd = this.#now();
    if (this.#queue.length > 0) this.#schedule();
    else this.#settleIdle();
  }

  #settleIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
