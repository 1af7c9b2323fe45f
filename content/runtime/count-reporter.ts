/**
 * Tells the background this frame's mention count: the first count at once, then each change,
 * at most one message per interval (150 ms). A throttle rather than a debounce: on a page that
 * never stops changing (a live feed) a debounce would never send.
 */
export interface CountReporterOptions {
  send: (count: number) => void;
  intervalMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class CountReporter {
  readonly #send: (count: number) => void;
  readonly #intervalMs: number;
  readonly #now: () => number;
  readonly #setTimer: (callback: () => void, ms: number) => unknown;
  readonly #clearTimer: (timer: unknown) => void;
  #current: number | undefined;
  #lastSent: number | undefined;
  #lastSentAt = -Infinity;
  #timer: unknown;
  #stopped = false;

  constructor(options: CountReporterOptions) {
    this.#send = options.send;
    this.#intervalMs = options.intervalMs ?? 150;
    this.#now = options.now ?? (() => performance.now());
    this.#setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.#clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The count the background was last told (undefined before the first message). */
  get lastSent(): number | undefined {
    return this.#lastSent;
  }

  update(count: number): void {
    if (this.#stopped) return;
    this.#current = count;
    if (this.#timer !== undefined || count === this.#lastSent) return;
    const wait = this.#lastSentAt + this.#intervalMs - this.#now();
    if (wait <= 0) this.#flush();
    else this.#timer = this.#setTimer(() => this.#flush(), wait);
  }

  /** Sends the current count again, changed or not (the background forgot it: bfcache, restart). */
  resend(): void {
    if (this.#stopped || this.#current === undefined) return;
    this.#lastSent = undefined;
    this.#cancelTimer();
    this.#flush();
  }

  /** Tells the background this frame shows nothing any more (it is being hidden or unloaded). */
  sendGone(): void {
    if (this.#stopped) return;
    this.#cancelTimer();
    if (this.#lastSent !== undefined && this.#lastSent !== 0) this.#send(0);
    this.#lastSent = 0;
  }

  stop(): void {
    this.#stopped = true;
    this.#cancelTimer();
  }

  #flush(): void {
    this.#timer = undefined;
    if (this.#stopped || this.#current === undefined || this.#current === this.#lastSent) return;
    this.#lastSent = this.#current;
    this.#lastSentAt = this.#now();
    this.#send(this.#current);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) this.#clearTimer(this.#timer);
    this.#timer = undefined;
  }
}
