/** The keeper's CountPlatform over the real extension APIs (storage.session and the action badge). */
import browser from 'webextension-polyfill';
import { SESSION_KEYS, type TabCounts } from '../messages';
import type { CountPlatform } from './count-keeper';
import type { DrugsStorage } from './page-drugs';

export const BADGE_COLOR = '#0b6e99';

export function browserCountPlatform(): CountPlatform {
  return {
    async readCounts(tabId) {
      const key = SESSION_KEYS.tabCounts(tabId);
      return (await browser.storage.session.get(key))[key];
    },
    async writeCounts(tabId, counts: TabCounts) {
      await browser.storage.session.set({ [SESSION_KEYS.tabCounts(tabId)]: counts });
    },
    async removeCounts(tabId) {
      await browser.storage.session.remove(SESSION_KEYS.tabCounts(tabId));
    },
    async setBadgeText(tabId, text) {
      await browser.action.setBadgeText({ tabId, text });
    },
  };
}

/** The badge colours are global and survive the worker; setting them at install and startup is enough. */
export async function styleBadge(): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
  } catch {
    // Older browsers without setBadgeTextColor pick a readable text colour themselves.
  }
}

/** storage.session for the page-drugs keeper. */
export function browserDrugsStorage(): DrugsStorage {
  return {
    async read(key) {
      return (await browser.storage.session.get(key))[key];
    },
    async write(key, value) {
      await browser.storage.session.set({ [key]: value });
    },
    async remove(key) {
      await browser.storage.session.remove(key);
    },
  };
}
