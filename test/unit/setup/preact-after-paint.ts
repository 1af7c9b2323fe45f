/**
 * Preact runs effects and effect cleanups (on unmount too) "after paint": on the next animation frame or a
 * 35 ms timer, whichever comes first. A test that ends right after an unmount leaves that timer behind; on a busy
 * machine the jsdom environment can be torn down first, and the timer then calls the removed global
 * cancelAnimationFrame (an unhandled ReferenceError that fails the run).
 *
 * Here that after-paint work goes through a queue the tests own: it still runs on a later task, as in a browser,
 * and whatever is still queued when a test ends runs at the end of that test, after its tree is unmounted.
 */
import { options } from 'preact';
import { cleanup } from '@testing-library/preact/pure';
import { afterEach } from 'vitest';

const queued = new Map<() => void, ReturnType<typeof setTimeout>>();

options.requestAnimationFrame = (flush) => {
  queued.set(
    flush,
    setTimeout(() => {
      queued.delete(flush);
      flush();
    }),
  );
};

/** Runs the queued after-paint work now (and any it queues in turn). */
export function flushAfterPaint(): void {
  for (const [flush, timer] of queued) {
    clearTimeout(timer);
    queued.delete(flush);
    flush();
  }
}

afterEach(() => {
  cleanup();
  flushAfterPaint();
});
