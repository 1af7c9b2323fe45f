/**
 * Text to look up: from the page's URL (`?lookup=`, when the popup opened in a tab) or from the
 * request the background left in storage.session just before opening the popup.
 */
import browser from 'webextension-polyfill';
import { SESSION_KEYS } from '../../src/messages';
import { cleanLookupText } from './classify';

/** A request older than this was not meant for this opening of the popup. */
export const PENDING_LOOKUP_MAX_AGE_MS = 60_000;

export function lookupFromUrl(href: string): string | null {
  try {
    const text = new URL(href).searchParams.get('lookup');
    return text === null ? null : cleanLookupText(text) || null;
  } catch {
    return null;
  }
}

/** Reads the background's pending lookup and removes it; null unless it is fresh and well formed. */
export async function consumePendingLookup(now = Date.now()): Promise<string | null> {
  try {
    const key = SESSION_KEYS.pendingLookup;
    const stored = (await browser.storage.session.get(key))[key] as { text?: unknown; at?: unknown } | undefined;
    if (stored === undefined) return null;
    await browser.storage.session.remove(key);
    if (typeof stored !== 'object' || stored === null || typeof stored.text !== 'string') return null;
    const at = typeof stored.at === 'number' ? stored.at : NaN;
    if (!(now - at >= 0 && now - at <= PENDING_LOOKUP_MAX_AGE_MS)) return null;
    return cleanLookupText(stored.text) || null;
  } catch {
    return null;
  }
}

/** Calls `onRequest` whenever the background leaves a reference or look-up request (an open side panel takes it). */
export function onPendingRequest(onRequest: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const keys = [SESSION_KEYS.pendingReference, SESSION_KEYS.pendingLookup];
    if (area === 'session' && keys.some((key) => changes[key]?.newValue !== undefined)) onRequest();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
