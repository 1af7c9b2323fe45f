import { describe, expect, test } from 'vitest';
import { createBatchScheduler } from '../../content/scan/batch-scheduler';
import { SliceRunner } from '../../content/scan/slice-runner';
import { ShadowSweeper } from '../../content/scan/shadow-sweep';

function fakeWindow(visibility: 'visible' | 'hidden') {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const win = {
    document: { visibilityState: visibility },
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    cancelAnimationFrame: (id: number) => void (frames[id - 1] = () => {}),
    setTimeout: (callback: () => void) => timers.push(callback),
    clearTimeout: (id: number) => void (timers[id - 1] = () => {}),
  };
  return { win: win as unknown as Window, frames, timers };
}

describe('when a batch of mutations is handled', () => {
  test('a visible page: at the next frame, once, even if the fallback timer fires too', () => {
    const { win, frames, timers } = fakeWindow('visible');
    const tasks: (() => void)[] = [];
    let runs = 0;
    createBatchScheduler(win, (task) => tasks.push(task))(() => runs++);
    expect(runs).toBe(0);
    frames[0]!();
    timers[0]!();
    expect(runs).toBe(1);
    expect(tasks).toHaveLength(0);
  });

  test('a visible frame that never paints: the fallback timer runs it', () => {
    const { win, timers } = fakeWindow('visible');
    let runs = 0;
    createBatchScheduler(win, () => {})(() => runs++);
    timers[0]!();
    expect(runs).toBe(1);
  });

  test('a hidden tab (no frames, throttled timers): the next task runs it', () => {
    const { win, frames, timers } = fakeWindow('hidden');
    const tasks: (() => void)[] = [];
    let runs = 0;
    createBatchScheduler(win, (task) => tasks.push(task))(() => runs++);
    expect(frames).toHaveLength(0);
    expect(timers).toHaveLength(0);
    tasks[0]!();
    expect(runs).toBe(1);
  });
});

describe('slice runner', () => {
  test('urgent jobs go before a long job already under way; each slice ends when time is up', () => {
    let clock = 0;
    const tasks: (() => void)[] = [];
    const order: string[] = [];
    const runner = new SliceRunner({ nextTask: (task) => tasks.push(task), now: () => clock, budgetMs: 8 });
    let longSteps = 0;
    runner.add({
      run: (hasTime) => {
        while (hasTime()) {
          clock += 2;
          order.push('long');
          if (++longSteps === 10) return true;
        }
        return false;
      },
    });
    tasks.shift()!();
    expect(order).toEqual(['long', 'long', 'long', 'long']);
    runner.add({ run: () => (order.push('urgent'), true) }, true);
    tasks.shift()!();
    expect(order.slice(4)).toEqual(['urgent', 'long', 'long', 'long', 'long']);
    while (tasks.length) tasks.shift()!();
    expect(longSteps).toBe(10);
    expect(runner.busy).toBe(false);
  });
});

describe('slice length', () => {
  test('slices grow while nothing else runs between them, and shrink back when the page gets busy', () => {
    let clock = 0;
    const tasks: (() => void)[] = [];
    const budgets: number[] = [];
    const runner = new SliceRunner({ nextTask: (task) => tasks.push(task), now: () => clock });
    runner.add({
      run: (hasTime) => {
        const began = clock;
        while (hasTime()) clock += 1;
        budgets.push(clock - began);
        return budgets.length === 7;
      },
    });
    for (let i = 0; i < 4; i++) tasks.shift()!();
    // The page runs for a while before our next slice.
    clock += 20;
    while (tasks.length) tasks.shift()!();
    expect(budgets).toEqual([8, 16, 32, 32, 8, 16, 32]);
  });
});

describe('shadow sweeps', () => {
  function cheapSweeper() {
    let clock = 0;
    const delays: number[] = [];
    let pending: (() => void) | undefined;
    let jobsHandedOn = 0;
    const sweeper = new ShadowSweeper({
      scopes: () => [document],
      isKnown: () => false,
      found: () => {},
      runJob: () => jobsHandedOn++,
      now: () => clock,
      setTimer: (callback, ms) => {
        delays.push(ms);
        pending = () => {
          clock += ms;
          callback();
        };
        return delays.length;
      },
      clearTimer: () => {
        pending = undefined;
      },
    });
    return { sweeper, delays, fire: () => pending?.(), handedOn: () => jobsHandedOn };
  }

  test('a small document is swept in the timer\u2019s own task; the pauses double from 250 ms up to 2 s', () => {
    const { sweeper, delays, fire, handedOn } = cheapSweeper();
    sweeper.start();
    for (let i = 0; i < 6; i++) fire();
    expect(sweeper.sweeps).toBe(6);
    expect(handedOn()).toBe(0);
    expect(delays).toEqual([250, 500, 1000, 2000, 2000, 2000, 2000]);
    sweeper.stop();
  });

  test('a start can put the first sweep off (a page that named nothing), and a change still brings it to 250 ms', () => {
    const { sweeper, delays, fire } = cheapSweeper();
    sweeper.start(1_000);
    expect(delays).toEqual([1_000]);
    fire();
    expect(delays).toEqual([1_000, 2_000]);
    sweeper.nudge();
    expect(delays.at(-1)).toBe(250);
    sweeper.stop();
  });

  test('a change to the page brings the next sweep back to 250 ms, without putting off one already due sooner', () => {
    const { sweeper, delays, fire } = cheapSweeper();
    sweeper.start();
    for (let i = 0; i < 4; i++) fire();
    expect(delays.at(-1)).toBe(2000);
    sweeper.nudge();
    expect(delays.at(-1)).toBe(250);
    const armed = delays.length;
    sweeper.nudge();
    expect(delays).toHaveLength(armed);
    // Still changing: the next pause stays short; left alone, the pauses grow again.
    fire();
    expect(delays.at(-1)).toBe(250);
    fire();
    expect(delays.at(-1)).toBe(500);
    sweeper.stop();
  });

  test('the pause between sweeps grows with their cost (about 1% of the time at most)', () => {
    let clock = 0;
    const delays: number[] = [];
    let pending: (() => void) | undefined;
    let found = 0;
    const sweeper = new ShadowSweeper({
      scopes: () => [document],
      isKnown: () => false,
      found: () => found++,
      // Each sweep "costs" 40 ms.
      runJob: (job) => {
        job.run(() => true);
      },
      now: () => (clock += 20),
      setTimer: (callback, ms) => {
        delays.push(ms);
        pending = callback;
        return 1;
      },
      clearTimer: () => {},
    });
    sweeper.start();
    for (let i = 0; i < 3; i++) pending!();
    expect(sweeper.sweeps).toBe(3);
    expect(delays[0]).toBe(250);
    expect(Math.min(...delays.slice(1))).toBeGreaterThanOrEqual(100 * 20);
    sweeper.stop();
  });
});
