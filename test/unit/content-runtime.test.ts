import { describe, expect, test, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { CountReporter } from '../../content/runtime/count-reporter';
import {
  TAKEOVER_EVENT,
  announceInstance,
  extensionContextAlive,
  isContextInvalidatedError,
  onReplaced,
} from '../../content/runtime/instance';
import { siteHostname } from '../../content/runtime/site';
import { createStopper } from '../../content/runtime/stopper';
import { orphanCheck } from '../../content/runtime/orphan-watch';
import { whileVisible } from '../../content/runtime/while-visible';
import { DrugsReporter } from '../../content/runtime/drugs-reporter';
import { paintedCheck } from '../../content/highlight/keep-painted';
import { SwitchableHighlightSink } from '../../content/highlight/switchable-sink';
import { RecordingHighlightSink } from '../../content/highlight/recording-sink';
import { HighlightStylesheet } from '../../content/highlight/stylesheet';
import { createTestApp, resetDocument } from './scanner-support';

function manualTime() {
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      const index = timers.indexOf(timer as never);
      if (index >= 0) timers.splice(index, 1);
    },
    advance(ms: number) {
      now += ms;
      for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
        if (timer.at <= now) {
          timers.splice(timers.indexOf(timer), 1);
          timer.run();
        }
      }
    },
  };
}

describe('count reporter', () => {
  test('the first count goes at once, even 0 (a reused frame must overwrite its old count)', () => {
    const sent: number[] = [];
    const reporter = new CountReporter({ send: (c) => sent.push(c), ...manualTime() });
    reporter.update(0);
    expect(sent).toEqual([0]);
  });

  test('changes within the interval are merged into one message with the latest count', () => {
    const time = manualTime();
    const sent: number[] = [];
    const reporter = new CountReporter({ send: (c) => sent.push(c), intervalMs: 150, ...time });
    reporter.update(1);
    reporter.update(2);
    reporter.update(3);
    expect(sent).toEqual([1]);
    time.advance(149);
    expect(sent).toEqual([1]);
    time.advance(1);
    expect(sent).toEqual([1, 3]);
  });

  test('a count that went back to what was sent sends nothing', () => {
    const time = manualTime();
    const sent: number[] = [];
    const reporter = new CountReporter({ send: (c) => sent.push(c), ...time });
    reporter.update(4);
    reporter.update(5);
    reporter.update(4);
    time.advance(500);
    expect(sent).toEqual([4]);
  });

  test('a page that never stops changing still gets its count through (throttle, not debounce)', () => {
    const time = manualTime();
    const sent: number[] = [];
    const reporter = new CountReporter({ send: (c) => sent.push(c), intervalMs: 150, ...time });
    for (let i = 1; i <= 100; i++) {
      reporter.update(i);
      time.advance(20);
    }
    expect(sent.length).toBeGreaterThanOrEqual(12);
    time.advance(200);
    expect(sent.at(-1)).toBe(100);
  });

  test('resend repeats the current count; sendGone reports 0 once; stop sends nothing more', () => {
    const time = manualTime();
    const sent: number[] = [];
    const reporter = new CountReporter({ send: (c) => sent.push(c), ...time });
    reporter.update(2);
    reporter.resend();
    expect(sent).toEqual([2, 2]);
    reporter.sendGone();
    reporter.sendGone();
    expect(sent).toEqual([2, 2, 0]);
    reporter.stop();
    reporter.update(9);
    time.advance(1000);
    expect(sent).toEqual([2, 2, 0]);
  });
});

describe('one instance per document', () => {
  const alive = { alive: () => true };

  test('a newer instance makes the older one stop, and only once', () => {
    let stops = 0;
    const token = announceInstance(document);
    onReplaced(document, token, () => stops++, alive);
    announceInstance(document);
    announceInstance(document);
    expect(stops).toBe(1);
  });

  test('an instance does not stop itself: it announces before it listens', () => {
    let stops = 0;
    const token = announceInstance(document);
    const unsubscribe = onReplaced(document, token, () => stops++, alive);
    expect(stops).toBe(0);
    unsubscribe();
  });

  test("the page sending the takeover event stops nothing: only a newer copy in the script's own world does", () => {
    let stops = 0;
    const world = {};
    const token = announceInstance(document, world);
    onReplaced(document, token, () => stops++, { ...alive, world });
    // What a page script can do: dispatch the same event on the same document.
    document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
    document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, { bubbles: true }));
    expect(stops).toBe(0);
    announceInstance(document, world);
    expect(stops).toBe(1);
  });

  test('an orphaned instance stops on any announcement (a newer copy may live in another world)', () => {
    let stops = 0;
    let contextAlive = true;
    const oldWorld = {};
    const token = announceInstance(document, oldWorld);
    onReplaced(document, token, () => stops++, { alive: () => contextAlive, world: oldWorld });
    contextAlive = false;
    announceInstance(document, {});
    expect(stops).toBe(1);
  });

  test('an older app taken over by a newer one removes its highlights and stops scanning', async () => {
    resetDocument('<p id="p">Klonopin</p>');
    const old = createTestApp();
    await old.settle();
    onReplaced(document, announceInstance(document), () => old.app.stop(), alive);
    expect(old.sink.size).toBe(1);
    announceInstance(document);
    const fresh = createTestApp();
    await fresh.settle();
    expect(old.sink.size).toBe(0);
    expect(old.sink.registered).toBe(false);
    expect(fresh.sink.size).toBe(1);
    document.getElementById('p')!.append(' clonazepam');
    await fresh.settle();
    expect(fresh.app.store.count).toBe(2);
    expect(old.app.store.count).toBe(0);
    fresh.app.stop();
  });

  test('an orphaned context is recognised', () => {
    expect(extensionContextAlive(() => ({ id: 'abc' }))).toBe(true);
    expect(extensionContextAlive(() => ({}))).toBe(false);
    expect(
      extensionContextAlive(() => {
        throw new Error('Extension context invalidated.');
      }),
    ).toBe(false);
    expect(isContextInvalidatedError(new Error('Extension context invalidated.'))).toBe(true);
    expect(isContextInvalidatedError(new Error('Could not establish connection.'))).toBe(false);
  });
});

describe('the site whose settings apply', () => {
  function fakeWindow(parts: { top?: unknown; hostname?: string; origin?: string; ancestors?: string[] }): Window {
    const location = {
      hostname: parts.hostname ?? '',
      origin: parts.origin ?? 'null',
      ancestorOrigins: parts.ancestors
        ? Object.assign([...parts.ancestors], { contains: () => false, item: () => null })
        : undefined,
    };
    return { top: parts.top, location, origin: parts.origin ?? 'null' } as unknown as Window;
  }

  test('a top frame uses its own hostname', () => {
    const win = fakeWindow({ hostname: 'news.example', origin: 'https://news.example' });
    (win as unknown as { top: Window }).top = win;
    expect(siteHostname(win)).toBe('news.example');
  });

  test('a cross-origin frame uses the top frame origin it can see', () => {
    const crossOriginTop = {
      get location(): never {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    const win = fakeWindow({
      top: crossOriginTop,
      hostname: 'ads.example',
      origin: 'https://ads.example',
      ancestors: ['https://mid.example', 'https://forum.example'],
    });
    expect(siteHostname(win)).toBe('forum.example');
  });

  test('an about:blank frame (no hostname) of a same-origin top uses the top hostname', () => {
    const topWin = fakeWindow({ hostname: 'forum.example', origin: 'https://forum.example' });
    const win = fakeWindow({ top: topWin, hostname: '', origin: 'https://forum.example' });
    expect(siteHostname(win)).toBe('forum.example');
  });
});

describe('orphan watch', () => {
  function setVisibility(state: 'visible' | 'hidden') {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }

  test('an extension that goes away while the page sits still is noticed within the interval, once', () => {
    vi.useFakeTimers();
    try {
      let alive = true;
      let orphaned = 0;
      const stop = whileVisible(
        document,
        orphanCheck(
          () => alive,
          () => orphaned++,
        ),
        { intervalMs: 1_000 },
      );
      vi.advanceTimersByTime(5_000);
      expect(orphaned).toBe(0);
      alive = false;
      vi.advanceTimersByTime(1_000);
      expect(orphaned).toBe(1);
      vi.advanceTimersByTime(5_000);
      setVisibility('visible');
      expect(orphaned).toBe(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  test('no timer while the page is hidden; the check runs when it shows again', () => {
    vi.useFakeTimers();
    try {
      let alive = true;
      let checks = 0;
      let orphaned = 0;
      const stop = whileVisible(
        document,
        orphanCheck(
          () => {
            checks++;
            return alive;
          },
          () => orphaned++,
        ),
        { intervalMs: 1_000 },
      );
      setVisibility('hidden');
      const before = checks;
      vi.advanceTimersByTime(10_000);
      expect(checks).toBe(before);
      alive = false;
      setVisibility('visible');
      expect(orphaned).toBe(1);
      stop();
    } finally {
      vi.useRealTimers();
      setVisibility('visible');
    }
  });

  test('stopping it stops the checks', () => {
    vi.useFakeTimers();
    try {
      let orphaned = 0;
      const stop = whileVisible(
        document,
        orphanCheck(
          () => false,
          () => orphaned++,
        ),
        { intervalMs: 1_000 },
      );
      // Orphaned already at start: reported at once.
      expect(orphaned).toBe(1);
      stop();
      let later = 0;
      const stopLater = whileVisible(
        document,
        orphanCheck(
          () => true,
          () => later++,
        ),
        { intervalMs: 1_000 },
      );
      stopLater();
      vi.advanceTimersByTime(5_000);
      expect(later).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('drugs reporter', () => {
  const oxy = { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' };

  test("sends a frame's drugs when they change, and nothing while they stay the same", () => {
    const sent: unknown[][] = [];
    const reporter = new DrugsReporter((drugs) => sent.push(drugs));
    reporter.update([]);
    expect(sent).toEqual([]);
    reporter.update([oxy]);
    reporter.update([{ ...oxy }]);
    expect(sent).toEqual([[oxy]]);
    reporter.resend();
    expect(sent).toEqual([[oxy], [oxy]]);
    reporter.sendGone();
    reporter.sendGone();
    expect(sent).toEqual([[oxy], [oxy], []]);
    reporter.resend();
    expect(sent).toHaveLength(3);
  });
});

describe('keeping the highlights painted', () => {
  test('the stylesheet is adopted again and the highlight registered again at each check, while highlighting is on', () => {
    vi.useFakeTimers();
    const adopted: unknown[] = [];
    const target = new RecordingHighlightSink();
    const highlights = new SwitchableHighlightSink(target, true);
    highlights.add(document.createRange());
    highlights.flush();
    try {
      const stop = whileVisible(
        document,
        paintedCheck({ document, stylesheet: { restore: (scope) => void adopted.push(scope) }, highlights }),
        { intervalMs: 1_000 },
      );
      expect(adopted).toEqual([document]);
      // The page clears CSS.highlights.
      target.unregister();
      expect(target.registered).toBe(false);
      vi.advanceTimersByTime(1_000);
      expect(target.registered).toBe(true);
      expect(adopted).toHaveLength(2);
      // Highlighting switched off: nothing is put back.
      highlights.setEnabled(false);
      vi.advanceTimersByTime(3_000);
      expect(target.registered).toBe(false);
      stop();
      vi.advanceTimersByTime(3_000);
      expect(adopted).toHaveLength(5);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('restoring the highlight stylesheet', () => {
  test('only into a scope that had it: never into a page without mentions, never after release', () => {
    const sheets = new HighlightStylesheet('underline');
    const page = { adoptedStyleSheets: [] as CSSStyleSheet[] } as unknown as Document;
    sheets.restore(page);
    expect(page.adoptedStyleSheets).toEqual([]);
    sheets.adoptInto(page);
    // The page assigns its own sheets wholesale.
    const theirs = new CSSStyleSheet();
    (page as unknown as { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets = [theirs];
    sheets.restore(page);
    expect(page.adoptedStyleSheets).toEqual([theirs, sheets.sheet]);
    sheets.releaseAll();
    expect(page.adoptedStyleSheets).toEqual([theirs]);
    sheets.restore(page);
    expect(page.adoptedStyleSheets).toEqual([theirs]);
  });
});

describe('stopping a copy of the content script', () => {
  test('runs every cleanup once, last added first, whatever one of them throws; one added later runs at once', () => {
    const stopper = createStopper();
    const ran: string[] = [];
    stopper.add(() => ran.push('first'));
    stopper.add(() => {
      throw new Error('gone');
    });
    stopper.add(() => ran.push('last'));
    expect(stopper.stopped).toBe(false);
    stopper.stop();
    stopper.stop();
    expect(stopper.stopped).toBe(true);
    expect(ran).toEqual(['last', 'first']);
    stopper.add(() => ran.push('late'));
    expect(ran).toEqual(['last', 'first', 'late']);
  });
});
