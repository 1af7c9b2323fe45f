/**
 * A SettingsFeed over browser.storage.sync: defaults at once, the stored values as soon as they
 * load, then every change.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { loadSettings, onSettingsChanged } from '../../src/settings/store';
import type { SettingsFeed } from './types';

export function createSettingsFeed(): SettingsFeed & { dispose(): void } {
  let current: Settings = { ...DEFAULT_SETTINGS, disabledSites: [...DEFAULT_SETTINGS.disabledSites] };
  const listeners = new Set<(settings: Settings) => void>();
  let changedBeforeLoad = false;

  const publish = (next: Settings) => {
    current = next;
    for (const listener of listeners) listener(next);
  };
  const unwatch = onSettingsChanged((next) => {
    changedBeforeLoad = true;
    publish(next);
  });
  void loadSettings().then((loaded) => {
    if (!changedBeforeLoad) publish(loaded);
  });

  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      unwatch();
    },
  };
}
