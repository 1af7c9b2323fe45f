/**
 * Where the reference should open: from the page's URL (?drug=ID, #section or ?section=) or from a
 * request the tooltip left in storage.session just before opening the popup.
 */
import browser from 'webextension-polyfill';
import { SESSION_KEYS } from '../../src/messages';

export interface DeepLink {
  drugId: string | null;
  section: string | null;
}

/** A request older than this was not meant for this opening of the popup. */
export const PENDING_REFERENCE_MAX_AGE_MS = 60_000;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

function cleanId(value: string | null | undefined): string | null {
  if (!value) return null;
  const id = decodeURIComponentSafe(value).trim().toLowerCase();
  return ID_PATTERN.test(id) ? id : null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function deepLinkFromUrl(href: string): DeepLink {
  try {
    const url = new URL(href);
    return {
      drugId: cleanId(url.searchParams.get('drug')),
      section: cleanId(url.searchParams.get('section')) ?? cleanId(url.hash.replace(/^#/, '')),
    };
  } catch {
    return { drugId: null, section: null };
  }
}

/** Reads the tooltip's pending request and removes it; null unless it is fresh and well formed. */
export async function consumePendingReference(now = Date.now()): Promise<DeepLink | null> {
  try {
    const key = SESSION_KEYS.pendingReference;
    const stored = (await browser.storage.session.get(key))[key] as
      { drugId?: unknown; section?: unknown; at?: unknown } | undefined;
    if (stored === undefined) return null;
    await browser.storage.session.remove(key);
    if (typeof stored !== 'object' || stored === null) return null;
    const at = typeof stored.at === 'number' ? stored.at : NaN;
    if (!(now - at >= 0 && now - at <= PENDING_REFERENCE_MAX_AGE_MS)) return null;
    const drugId = typeof stored.drugId === 'string' ? cleanId(stored.drugId) : null;
    const section = typeof stored.section === 'string' ? cleanId(stored.section) : null;
    return drugId || section ? { drugId, section } : null;
  } catch {
    return null;
  }
}
