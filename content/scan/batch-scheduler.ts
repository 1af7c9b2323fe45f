/**
 * When to handle a batch of page mutations: at the next animation frame (one batch per frame
 * however many mutations the page makes), with a timer as a fallback for frames that do not
 * paint. Hidden documents get no animation frames and throttled timers, so there the batch runs
 * in the next task: the badge of a background tab still follows its page.
 */
import type { NextTask } from './next-task';

export type ScheduleBatch = (run: () => void) => void;

export function createBatchScheduler(win: Window, nextTask: NextTask, fallbackMs = 100): ScheduleBatch {
  return (run) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      if (pending.frame !== undefined) win.cancelAnimationFrame(pending.frame);
      if (pending.timer !== undefined) win.clearTimeout(pending.timer);
      run();
    };
    const pending: { frame?: number; timer?: number } = {};
    if (win.document.visibilityState === 'hidden' || typeof win.requestAnimationFrame !== 'function') {
      nextTask(once);
      return;
    }
    pending.frame = win.requestAnimationFrame(once);
    pending.timer = win.setTimeout(once, fallbackMs);
  };
}
