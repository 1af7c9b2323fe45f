/**
 * The tab the popup speaks about: ?tab=<id> in the popup's URL (full-page mode, tests), otherwise
 * the active tab of the current window.
 */
import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  /** The page's hostname, or null for pages without one (new tab, file:, extension pages). */
  hostname: string | null;
}

export function tabIdFromUrl(href: string): number | null {
  try {
    const raw = new URL(href).searchParams.get('tab');
    if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
    const id = Number(raw);
    return Number.isSafeInteger(id) ? id : null;
  } catch {
    return null;
  }
}

export function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

export async function resolveTargetTab(href: string): Promise<TargetTab | null> {
  try {
    const fromUrl = tabIdFromUrl(href);
    if (fromUrl !== null) {
      const tab = await browser.tabs.get(fromUrl);
      return { id: fromUrl, hostname: hostnameOf(tab?.url) };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab || typeof tab.id !== 'number') return null;
    return { id: tab.id, hostname: hostnameOf(tab.url) };
  } catch {
    return null;
  }
}
