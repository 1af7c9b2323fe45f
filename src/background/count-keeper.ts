/**
 * Per tab, per frame mention counts and the toolbar badge. Every change is written to
 * storage.session at once, so a service worker stopped between two messages loses nothing:
 * the next one reads the tab's counts back. Changes to one tab are applied one at a time, in
 * the order the messages came.
 */
import type { TabCounts } from '../messages';
import { badgeTextFor, emptyTabCounts, isTabCounts, withFrameCount } from './tab-counts';

/** The browser as the keeper needs it (see ./platform.ts; tests pass an in-memory one). */
export interface CountPlatform {
  readCounts(tabId: number): Promise<unknown>;
  writeCounts(tabId: number, counts: TabCounts): Promise<void>;
  removeCounts(tabId: number): Promise<void>;
  setBadgeText(tabId: number, text: string): Promise<void>;
}

export class TabCountKeeper {
  readonly #platform: CountPlatform;
  readonly #cache = new Map<number, TabCounts>();
  readonly #queues = new Map<number, Promise<unknown>>();

  constructor(platform: CountPlatform) {
    this.#platform = platform;
  }

  /** A new document in the tab's top frame: the old page's counts are void. */
  pageStart(tabId: number): Promise<void> {
    return this.#update(tabId, () => emptyTabCounts());
  }

  /** One frame's current count. */
  frameCount(tabId: number, frameId: number, count: number): Promise<void> {
    return this.#update(tabId, (counts) => withFrameCount(counts, frameId, count));
  }

  /** The tab closed: forget it. */
  tabClosed(tabId: number): Promise<void> {
    return this.#enqueue(tabId, async () => {
      this.#cache.delete(tabId);
      await this.#platform.removeCounts(tabId);
    }).finally(() => this.#dropIdleQueue(tabId));
  }

  /**
   * The tab now shows a page that runs no content script (so sends no page-start): whatever it
   * counted before is void. Touches storage and the badge only when there was something.
   */
  forget(tabId: number): Promise<void> {
    return this.#enqueue(tabId, async () => {
      const counts = await this.#load(tabId);
      this.#cache.delete(tabId);
      if (counts.total === 0 && Object.keys(counts.frames).length === 0) return;
      await this.#platform.removeCounts(tabId);
      await this.#platform.setBadgeText(tabId, '').catch(() => {
        // The tab closed meanwhile.
      });
    }).finally(() => this.#dropIdleQueue(tabId));
  }

  /** The tab's counts (after every change received before this call). */
  counts(tabId: number): Promise<TabCounts> {
    return this.#enqueue(tabId, () => this.#load(tabId));
  }

  async total(tabId: number): Promise<number> {
    return (await this.counts(tabId)).total;
  }

  #update(tabId: number, change: (counts: TabCounts) => TabCounts): Promise<void> {
    return this.#enqueue(tabId, async () => {
      const before = await this.#load(tabId);
      const after = change(before);
      this.#cache.set(tabId, after);
      if (after.total === 0 && Object.keys(after.frames).length === 0) await this.#platform.removeCounts(tabId);
      else await this.#platform.writeCounts(tabId, after);
      await this.#platform.setBadgeText(tabId, badgeTextFor(after.total)).catch(() => {
        // The tab closed meanwhile.
      });
    });
  }

  async #load(tabId: number): Promise<TabCounts> {
    const cached = this.#cache.get(tabId);
    if (cached) return cached;
    let stored: unknown;
    try {
      stored = await this.#platform.readCounts(tabId);
    } catch {
      stored = undefined;
    }
    const counts = isTabCounts(stored) ? stored : emptyTabCounts();
    this.#cache.set(tabId, counts);
    return counts;
  }

  #enqueue<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(task);
    this.#queues.set(
      tabId,
      next.catch(() => undefined),
    );
    return next;
  }

  #dropIdleQueue(tabId: number): void {
    // Keep the map small: a closed tab's chain is not needed once it has run.
    const queued = this.#queues.get(tabId);
    void queued?.then(() => {
      if (this.#queues.get(tabId) === queued) this.#queues.delete(tabId);
    });
  }
}
