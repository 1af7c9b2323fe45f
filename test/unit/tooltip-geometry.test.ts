/** The pure parts of hit-testing and the move throttle. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inGapBetween, mentionForCaret, rectsContain, shadowRootsOnPath } from '../../content/tooltip/hit-test';
import { throttle } from '../../content/tooltip/throttle';
import type { Mention, MentionStore } from '../../content/types';

const box = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top }) as DOMRectReadOnly;

describe('hit-test geometry', () => {
  it('keeps a hit only inside one of the mention\u2019s boxes, with a small tolerance', () => {
    const rects = [box(100, 50, 60, 18), box(0, 70, 40, 18)];
    expect(rectsContain(rects, 130, 60, 2)).toBe(true);
    expect(rectsContain(rects, 20, 80, 2)).toBe(true);
    expect(rectsContain(rects, 161, 60, 2)).toBe(true);
    expect(rectsContain(rects, 170, 60, 2)).toBe(false);
    expect(rectsContain(rects, 60, 80, 2)).toBe(false);
    expect(rectsContain([box(0, 0, 0, 0)], 0, 0, 2)).toBe(false);
  });

  it('treats the strip between the mention and the tooltip as part of the way in', () => {
    const mention = box(100, 50, 60, 18);
    const below = box(90, 74, 300, 200);
    expect(inGapBetween(mention, below, 120, 71)).toBe(true);
    expect(inGapBetween(mention, below, 120, 300)).toBe(false);
    expect(inGapBetween(mention, below, 20, 71)).toBe(false);
    const above = box(90, -160, 300, 204);
    expect(inGapBetween(mention, above, 120, 46)).toBe(true);
    expect(inGapBetween(mention, above, 120, 90)).toBe(false);
  });

  it('asks the store for the caret\u2019s text position, and the one before it at a word\u2019s end', () => {
    const text = document.createTextNode('take Klonopin now');
    const mention = { node: text, start: 5, end: 13 } as Mention;
    const asked: number[] = [];
    const store = {
      mentionAt: (node: Node, offset: number) => {
        asked.push(offset);
        return node === text && offset >= 5 && offset < 13 ? mention : undefined;
      },
    } as MentionStore;
    expect(mentionForCaret(store, { node: text, offset: 13 })).toBe(mention);
    expect(asked).toEqual([13, 12]);
    expect(mentionForCaret(store, { node: text, offset: 2 })).toBeUndefined();
    expect(mentionForCaret(store, { node: document.createElement('p'), offset: 0 })).toBeUndefined();
  });

  it('collects the open shadow roots on a path, also those of hosts (text placed directly in a root)', () => {
    const outer = document.createElement('div');
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    const innerRoot = inner.attachShadow({ mode: 'open' });
    outerRoot.append(inner);
    expect(shadowRootsOnPath([inner, outerRoot, outer, document.body])).toEqual([innerRoot, outerRoot]);
  });
});

describe('move throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once, then at most once per interval, never dropping the last call', () => {
    let now = 1000;
    const fn = vi.fn();
    const moves = throttle(fn, 30, () => now);
    moves.schedule();
    expect(fn).toHaveBeenCalledTimes(1);
    now += 10;
    moves.schedule();
    moves.schedule();
    expect(fn).toHaveBeenCalledTimes(1);
    now += 20;
    vi.advanceTimersByTime(20);
    expect(fn).toHaveBeenCalledTimes(2);
    now += 100;
    moves.schedule();
    expect(fn).toHaveBeenCalledTimes(3);
    now += 5;
    moves.schedule();
    moves.cancel();
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(3);
  });
});
