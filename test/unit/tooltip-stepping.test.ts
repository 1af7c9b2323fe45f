import { describe, expect, it } from 'vitest';
import { edgeMention, stepFrom } from '../../content/tooltip/stepping';

const node = {} as Node;
const mentions = [0, 10, 20, 30].map((start) => ({ node, start, side: 0 }));

describe('keyboard stepping', () => {
  const inView = () => 0;

  it('goes forward and back, wrapping around the page', () => {
    expect(stepFrom(mentions, mentions[0], 1, inView)).toBe(mentions[1]);
    expect(stepFrom(mentions, mentions[3], 1, inView)).toBe(mentions[0]);
    expect(stepFrom(mentions, mentions[0], -1, inView)).toBe(mentions[3]);
    expect(stepFrom(mentions, mentions[2], -1, inView)).toBe(mentions[1]);
  });

  it('finds the current mention again after the store rebuilt its objects', () => {
    expect(stepFrom(mentions, { node, start: 20 }, 1, inView)).toBe(mentions[3]);
  });

  it('without a current mention starts from the viewport', () => {
    // Mentions 0 and 1 are above the viewport, 2 inside it, 3 below.
    const side = (m: { start: number }) => (m.start < 20 ? -1 : m.start === 20 ? 0 : 1);
    expect(stepFrom(mentions, undefined, 1, side)).toBe(mentions[2]);
    expect(stepFrom(mentions, undefined, -1, side)).toBe(mentions[2]);
    const allAbove = () => -1;
    expect(stepFrom(mentions, undefined, 1, allAbove)).toBe(mentions[0]);
    expect(stepFrom(mentions, undefined, -1, allAbove)).toBe(mentions[3]);
  });

  it("without wrapping, stops at the frame's ends (the background goes on in the next frame)", () => {
    expect(stepFrom(mentions, mentions[3], 1, inView, { wrap: false })).toBeUndefined();
    expect(stepFrom(mentions, mentions[0], -1, inView, { wrap: false })).toBeUndefined();
    expect(stepFrom(mentions, mentions[1], 1, inView, { wrap: false })).toBe(mentions[2]);
    // No current mention: the viewport decides, as with wrapping.
    expect(stepFrom(mentions, undefined, 1, inView, { wrap: false })).toBe(mentions[0]);
  });

  it('arriving from another frame starts at the first mention going forward, the last going back', () => {
    expect(edgeMention(mentions, 1)).toBe(mentions[0]);
    expect(edgeMention(mentions, -1)).toBe(mentions[3]);
    expect(edgeMention([], 1)).toBeUndefined();
  });

  it('has nowhere to go on a page without mentions', () => {
    expect(stepFrom([], undefined, 1, inView)).toBeUndefined();
  });
});
