/**
 * Which mention the keyboard command goes to next. Pure, given the mentions in document order
 * and where each sits relative to the viewport.
 */

export interface SteppableMention {
  readonly node: Node;
  readonly start: number;
}

/** Where a mention is relative to the viewport: <0 above it, 0 inside it, >0 below it. */
export type ViewportSide<M> = (mention: M) => number;

function samePlace(a: SteppableMention, b: SteppableMention): boolean {
  return a === b || (a.node === b.node && a.start === b.start);
}

export interface StepOptions {
  /**
   * Past the last (or before the first) mention: wrap around (default), or return undefined so
   * the caller can go on in another frame.
   */
  wrap?: boolean;
}

/**
 * The mention after (direction 1) or before (-1) `current`, wrapping around the page.
 * Without a current one, starts from the viewport: the first mention in or below it going
 * forward, the last one in or above it going back.
 */
export function stepFrom<M extends SteppableMention>(
  mentions: readonly M[],
  current: SteppableMention | undefined,
  direction: 1 | -1,
  side: ViewportSide<M>,
  options: StepOptions = {},
): M | undefined {
  if (mentions.length === 0) return undefined;
  const index = current ? mentions.findIndex((mention) => samePlace(mention, current)) : -1;
  if (index !== -1) {
    const next = index + direction;
    if (options.wrap === false && (next < 0 || next >= mentions.length)) return undefined;
    return mentions[(next + mentions.length) % mentions.length];
  }
  if (direction === 1) {
    return mentions.find((mention) => side(mention) >= 0) ?? mentions[0];
  }
  for (let i = mentions.length - 1; i >= 0; i -= 1) {
    const mention = mentions[i]!;
    if (side(mention) <= 0) return mention;
  }
  return mentions[mentions.length - 1];
}

/** The first mention going forward, the last going back: where stepping enters a frame. */
export function edgeMention<M>(mentions: readonly M[], direction: 1 | -1): M | undefined {
  return direction === 1 ? mentions[0] : mentions[mentions.length - 1];
}
