/**
 * Reading, writing and watching settings in browser.storage.sync. Every value read from storage
 * goes through repairSettings (./validate.ts), so callers always get a valid Settings.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from './schema';
import { repairSettings } from './validate';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
    return repairSettings(stored?.[SETTINGS_STORAGE_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, disabledSites: [] };
  }
}

// Writes run one after another so two quick changes cannot overwrite each other.
let pendingWrite: Promise<unknown> = Promise.resolve();

/** Applies an update to the stored settings; resolves with what was written. */
export function updateSettings(update: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const write = pendingWrite.then(async () => {
    const current = await loadSettings();
    const next = repairSettings({ ...current, ...update(current) });
    await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: next });
    return next;
  });
  pendingWrite = write.catch(() => undefined);
  return write;
}

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(() => patch);
}

/** Turns highlighting on or off for one hostname. */
export function setSiteHighlighting(hostname: string, on: boolean): Promise<Settings> {
  const site = hostname.trim().toLowerCase();
  return updateSettings((current) => ({
    disabledSites: on
      ? current.disabledSites.filter((entry) => entry !== site)
      : [...current.disabledSites.filter((entry) => entry !== site), site],
  }));
}

/** Calls back with the new settings whenever they change in any context. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes && SETTINGS_STORAGE_KEY in changes) {
      listener(repairSettings(changes[SETTINGS_STORAGE_KEY]?.newValue));
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export { highlightOnFor } from './site-switch';
