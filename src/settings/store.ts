/**
 * Reading and watching settings in browser.storage.sync.
 * TODO(issue 6): validate and repair stored values field by field (./validate.ts).
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from './schema';

function withDefaults(stored: unknown): Settings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {};
  return { ...DEFAULT_SETTINGS, ...value };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
    return withDefaults(stored[SETTINGS_STORAGE_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change in any context. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_STORAGE_KEY in changes) {
      listener(withDefaults(changes[SETTINGS_STORAGE_KEY]?.newValue));
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Whether highlighting is on for a page's hostname. */
export function highlightOnFor(settings: Settings, hostname: string): boolean {
  return settings.highlightEnabled && !settings.disabledSites.includes(hostname);
}
