/**
 * The live number of mentions in a tab. The background keeps it in storage.session (all frames
 * summed); the popup reads it once, asks the background if nothing is stored yet, and then follows
 * storage.onChanged for as long as it is open.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SESSION_KEYS, type TabCounts } from '../../src/messages';

/** null: not known (yet). */
export type PageCount = number | null;

export function totalOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
  if (typeof value !== 'object' || value === null) return null;
  const counts = value as Partial<TabCounts> & { count?: unknown };
  if (typeof counts.total === 'number' && Number.isFinite(counts.total) && counts.total >= 0)
    return Math.floor(counts.total);
  if (typeof counts.count === 'number') return totalOf(counts.count);
  if (typeof counts.frames === 'object' && counts.frames !== null) {
    const values = Object.values(counts.frames).filter((n): n is number => typeof n === 'number' && n >= 0);
    return values.reduce((sum, n) => sum + n, 0);
  }
  return null;
}

export function usePageCount(tabId: number | null): PageCount {
  const [count, setCount] = useState<PageCount>(null);

  useEffect(() => {
    if (tabId === null) return;
    const key = SESSION_KEYS.tabCounts(tabId);
    let live = true;
    let heardChange = false;

    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area !== 'session' || !changes || !(key in changes)) return;
      heardChange = true;
      const next = changes[key]?.newValue;
      setCount(next === undefined ? 0 : totalOf(next));
    };
    browser.storage.onChanged.addListener(onChanged);

    (async () => {
      let initial: number | null = null;
      try {
        initial = totalOf((await browser.storage.session.get(key))[key]);
      } catch {
        // storage.session may be unavailable to this page; ask the background instead.
      }
      if (initial === null) {
        try {
          initial = totalOf(await browser.runtime.sendMessage({ type: 'get-tab-count', tabId }));
        } catch {
          initial = null;
        }
      }
      if (live && !heardChange) setCount(initial ?? 0);
    })();

    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  return count;
}
