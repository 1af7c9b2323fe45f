/**
 * Notices when the extension goes away under a running content script (disabled, uninstalled,
 * reloaded without a successor for this document): Chrome gives an orphaned script no event, so
 * it checks the context now and then while the page is visible, and whenever it becomes visible.
 * A property read per second: the highlights of a disabled extension disappear within a second.
 */
export interface OrphanWatchOptions {
  document: Document;
  alive(): boolean;
  onOrphaned(): void;
  intervalMs?: number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (timer: unknown) => void;
}

export const ORPHAN_CHECK_INTERVAL_MS = 1_000;

/** Starts watching; returns the function that stops it. */
export function watchForOrphaning(options: OrphanWatchOptions): () => void {
  const { document: doc, alive, onOrphaned } = options;
  const every = options.setInterval ?? ((callback, ms) => setInterval(callback, ms));
  const cancel = options.clearInterval ?? ((timer) => clearInterval(timer as ReturnType<typeof setInterval>));
  const intervalMs = options.intervalMs ?? ORPHAN_CHECK_INTERVAL_MS;
  let timer: unknown;
  let done = false;

  const stopTimer = () => {
    if (timer !== undefined) cancel(timer);
    timer = undefined;
  };
  const check = () => {
    if (done || alive()) return;
    stop();
    onOrphaned();
  };
  const follow = () => {
    check();
    if (done) return;
    if (doc.visibilityState === 'hidden') stopTimer();
    else if (timer === undefined) timer = every(check, intervalMs);
  };
  function stop() {
    done = true;
    stopTimer();
    doc.removeEventListener('visibilitychange', follow);
  }

  doc.addEventListener('visibilitychange', follow);
  follow();
  return stop;
}
