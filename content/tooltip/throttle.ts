/**
 * Runs `fn` at most once per `intervalMs`: at once when the last run is long enough ago, else
 * once at the end of the interval (so the last call is never lost). Timer-based rather than
 * requestAnimationFrame, which a busy or hidden page can hold back for a long time.
 */
export function throttle(fn: () => void, intervalMs: number, now: () => number = () => performance.now()) {
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    lastRun = now();
    fn();
  };
  return {
    schedule(): void {
      if (timer !== undefined) return;
      const wait = lastRun + intervalMs - now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    cancel(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
