import { useState } from 'preact/hooks';
import {
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  TOOLTIP_TRIGGERS,
  type HighlightStyle,
  type Settings,
  type TooltipTrigger,
} from '../../src/settings/schema';
import { saveSettings } from '../../src/settings/store';
import { HighlightPreview } from './HighlightPreview';
import { HighlightSwitches } from './HighlightSwitches';
import { useSettings } from './use-settings';

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background colour',
  outline: 'Outline',
  'bold-color': 'Bold colour',
};

const TRIGGER_LABELS: Record<TooltipTrigger, string> = {
  hover: 'On hover',
  click: 'On click',
  off: 'Off',
};

export interface SettingsFormProps {
  /** Hostname of the page the popup is about; null hides the per-site switch. */
  site: string | null;
  /** A word to show in the preview (the drug's display name). */
  previewWord: string;
}

/** All user settings. Every change is written at once; open pages follow through storage.onChanged. */
export function SettingsForm({ site, previewWord }: SettingsFormProps) {
  const settings = useSettings();
  const [error, setError] = useState('');
  const [draftDelay, setDraftDelay] = useState<number | null>(null);

  if (!settings) return <p class="loading">Loading settings…</p>;

  const save = (write: Promise<Settings>) =>
    write.then(
      () => setError(''),
      () => setError('Could not save the setting. Please try again.'),
    );

  const delay = draftDelay ?? settings.hoverDelayMs;

  return (
    <form class="settings" onSubmit={(event) => event.preventDefault()} aria-label="Settings">
      <fieldset>
        <legend>Highlighting</legend>
        <HighlightSwitches settings={settings} site={site} save={save} />
        {site !== null && !settings.highlightEnabled && (
          <p class="hint">Highlighting is off everywhere, so this site stays unhighlighted too.</p>
        )}
      </fieldset>

      <fieldset>
        <legend>Highlight style</legend>
        <div class="radio-grid">
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class="radio-row">
              <input
                type="radio"
                name="highlight-style"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => save(saveSettings({ highlightStyle: style }))}
              />
              <span>{STYLE_LABELS[style]}</span>
            </label>
          ))}
        </div>
        <HighlightPreview style={settings.highlightStyle} word={previewWord} enabled={settings.highlightEnabled} />
      </fieldset>

      <fieldset>
        <legend>Summary bubble</legend>
        <div class="radio-grid">
          {TOOLTIP_TRIGGERS.map((trigger) => (
            <label key={trigger} class="radio-row">
              <input
                type="radio"
                name="tooltip-trigger"
                value={trigger}
                checked={settings.tooltipTrigger === trigger}
                onChange={() => save(saveSettings({ tooltipTrigger: trigger }))}
              />
              <span>{TRIGGER_LABELS[trigger]}</span>
            </label>
          ))}
        </div>
        <label class="range-row" for="hover-delay">
          Hover delay: <output for="hover-delay">{delay} ms</output>
        </label>
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={delay}
          disabled={settings.tooltipTrigger !== 'hover'}
          aria-valuetext={`${delay} milliseconds`}
          onInput={(event) => setDraftDelay(Number(event.currentTarget.value))}
          // Written on release only: storage.sync allows a limited number of writes per minute.
          onChange={(event) => {
            setDraftDelay(null);
            save(saveSettings({ hoverDelayMs: Number(event.currentTarget.value) }));
          }}
        />
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
