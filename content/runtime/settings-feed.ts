/**
 * Settings as the content script sees them: loaded once from storage.sync, then every change.
 * Every value read goes through repairSettings (src/settings/repair.ts).
 */
import { SETTINGS_STORAGE_KEY, type Settings } from '../../src/settings/schema';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { repairSettings } from '../../src/settings/repair';
import type { SettingsFeed } from '../tooltip/types';
import { extensionApi, type StorageChange } from './extension-api';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await extensionApi().storage.sync.get(SETTINGS_STORAGE_KEY);
    return repairSettings(stored?.[SETTINGS_STORAGE_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, disabledSites: [] };
  }
}

/** A feed that starts from settings already loaded and follows storage changes. */
export function createSettingsFeed(initial: Settings): SettingsFeed & { dispose(): void } {
  let current = initial;
  const listeners = new Set<(settings: Settings) => void>();
  const onChanged = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'sync' || !changes || !(SETTINGS_STORAGE_KEY in changes)) return;
    current = repairSettings(changes[SETTINGS_STORAGE_KEY]?.newValue);
    for (const listener of listeners) listener(current);
  };
  const storage = extensionApi().storage;
  storage.onChanged.addListener(onChanged);
  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      try {
        storage.onChanged.removeListener(onChanged);
      } catch {
        // The extension context is gone: nothing to remove.
      }
    },
  };
}
