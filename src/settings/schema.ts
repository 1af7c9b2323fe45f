/**
 * User settings: their shape and defaults. Stored in browser.storage.sync under one key.
 * Validation and repair of stored values lives in ./validate.ts; reading, writing and
 * watching in ./store.ts.
 */

export const HIGHLIGHT_STYLES = ['underline', 'background', 'outline', 'bold-color'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const TOOLTIP_TRIGGERS = ['hover', 'click', 'off'] as const;
export type TooltipTrigger = (typeof TOOLTIP_TRIGGERS)[number];

export interface Settings {
  /** Global switch for highlighting (mentions are still counted when off). */
  highlightEnabled: boolean;
  /** Hostnames ("example.com") where highlighting is off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  tooltipTrigger: TooltipTrigger;
  /** Delay before a hover opens the tooltip, in milliseconds. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlightEnabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  tooltipTrigger: 'hover',
  hoverDelayMs: 300,
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** The storage.sync key that holds the settings object. */
export const SETTINGS_STORAGE_KEY = 'settings';
