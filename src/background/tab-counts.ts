/**
 * A tab's mention counts, one number per frame, and the badge text they make. Pure functions:
 * the worker's bookkeeping (./count-keeper.ts) and the tests share them.
 */
import type { TabCounts } from '../messages';

export function emptyTabCounts(): TabCounts {
  return { frames: {}, total: 0 };
}

function sum(frames: Record<string, number>): number {
  let total = 0;
  for (const count of Object.values(frames)) total += count;
  return total;
}

/** The counts with one frame's number replaced (a frame with 0 is left out). */
export function withFrameCount(counts: TabCounts, frameId: number, count: number): TabCounts {
  const frames = { ...counts.frames };
  const safe = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
  if (safe === 0) delete frames[String(frameId)];
  else frames[String(frameId)] = safe;
  return { frames, total: sum(frames) };
}

/** The badge shows the tab's total, and nothing at all for none. */
export function badgeTextFor(total: number): string {
  return total > 0 ? String(total) : '';
}

/** Whether a value read back from storage has the TabCounts shape (anything else is ignored). */
export function isTabCounts(value: unknown): value is TabCounts {
  if (typeof value !== 'object' || value === null) return false;
  const { frames, total } = value as Partial<TabCounts>;
  if (typeof total !== 'number' || typeof frames !== 'object' || frames === null) return false;
  return Object.values(frames).every((count) => typeof count === 'number' && Number.isFinite(count));
}
