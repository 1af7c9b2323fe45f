import { useState } from 'preact/hooks';
import type { Settings } from '../../src/settings/schema';
import { HighlightSwitches } from './HighlightSwitches';
import { useSettings } from './use-settings';

/**
 * The highlighting switches in the popup's header, beside the mention count: one click from the
 * toolbar. Changes are written at once and every open tab follows through storage.onChanged.
 */
export function HeaderSwitches({ site }: { site: string | null }) {
  const settings = useSettings();
  const [error, setError] = useState('');
  if (!settings) return null;
  const save = (write: Promise<Settings>) =>
    void write.then(
      () => setError(''),
      () => setError('Could not save the setting. Please try again.'),
    );
  return (
    <div class="header-switches" role="group" aria-label="Highlighting">
      <HighlightSwitches settings={settings} site={site} save={save} rowClass="header-switch" />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
