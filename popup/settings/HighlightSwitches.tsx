import type { Settings } from '../../src/settings/schema';
import { saveSettings, setSiteHighlighting } from '../../src/settings/store';

export interface HighlightSwitchesProps {
  settings: Settings;
  /** Hostname of the page the popup is about; null hides the per-site switch. */
  site: string | null;
  /** Reports whether the write worked (storage can refuse, e.g. sync quota). */
  save(write: Promise<Settings>): void;
  /** Extra class on each row (the popup header lays them out as compact switches). */
  rowClass?: string;
}

/**
 * "Highlight mentions on pages" and "On for this site (host)": the two switches people use most.
 * The settings form and the popup header both show them, with the same accessible names.
 */
export function HighlightSwitches({ settings, site, save, rowClass = '' }: HighlightSwitchesProps) {
  const siteOn = site !== null && !settings.disabledSites.includes(site);
  return (
    <>
      <label class={`switch-row ${rowClass}`.trim()}>
        <input
          type="checkbox"
          checked={settings.highlightEnabled}
          onChange={(event) => save(saveSettings({ highlightEnabled: event.currentTarget.checked }))}
        />
        <span>Highlight mentions on pages</span>
      </label>
      {site !== null && (
        <label class={`switch-row ${rowClass}`.trim()}>
          <input
            type="checkbox"
            checked={siteOn}
            onChange={(event) => save(setSiteHighlighting(site, event.currentTarget.checked))}
          />
          <span>
            On for this site <span class="site-name">({site})</span>
          </span>
        </label>
      )}
    </>
  );
}
