/**
 * Runs a cheap check now, then every interval while the document is visible, and again each
 * time it becomes visible (hidden pages get no timer at all). Returns the function that stops it.
 */
export interface WhileVisibleOptions {
  intervalMs?: number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (timer: unknown) => void;
}

export const CHECK_INTERVAL_MS = 1_000;

export function whileVisible(doc: Document, check: () => void, options: WhileVisibleOptions = {}): () => void {
  const every = options.setInterval ?? ((callback, ms) => setInterval(callback, ms));
  const cancel = options.clearInterval ?? ((timer) => clearInterval(timer as ReturnType<typeof setInterval>));
  const intervalMs = options.intervalMs ?? CHECK_INTERVAL_MS;
  let timer: unknown;
  let done = false;

  const stopTimer = () => {
    if (timer !== undefined) cancel(timer);
    timer = undefined;
  };
  const tick = () => {
    if (!done) check();
  };
  const follow = () => {
    tick();
    if (done) return;
    if (doc.visibilityState === 'hidden') stopTimer();
    else if (timer === undefined) timer = every(tick, intervalMs);
  };
  const stop = () => {
    done = true;
    stopTimer();
    doc.removeEventListener('visibilitychange', follow);
  };

  doc.addEventListener('visibilitychange', follow);
  follow();
  return stop;
}
