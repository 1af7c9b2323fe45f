import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../src/settings/schema';
import { loadSettings, onSettingsChanged } from '../../src/settings/store';

/** The current settings, following changes made anywhere (other popups, the options page, other devices). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    let heardChange = false;
    const stop = onSettingsChanged((next) => {
      heardChange = true;
      if (live) setSettings(next);
    });
    loadSettings().then((loaded) => {
      if (live && !heardChange) setSettings(loaded);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
