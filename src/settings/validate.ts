/**
 * The schema of valid settings (valibot), and their repair: whatever storage holds, repairSettings
 * (./repair.ts, free of the schema library because the content script uses it in every frame)
 * returns a value this schema accepts.
 */
import * as v from 'valibot';
import { HIGHLIGHT_STYLES, HOVER_DELAY_RANGE, TOOLTIP_TRIGGERS, type Settings } from './schema';
import { MAX_DISABLED_SITES } from './repair';

export { repairSettings } from './repair';

/** A hostname as URL.hostname gives it: no scheme, path, spaces or port; folded to lower case. */
export const HostnameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.minLength(1),
  v.maxLength(253),
  v.regex(/^[^\s/:?#@]+$/u),
);

/** The exact shape of a valid Settings value (what repairSettings always returns). */
export const SettingsSchema = v.strictObject({
  highlightEnabled: v.boolean(),
  disabledSites: v.pipe(
    v.array(
      v.pipe(
        v.string(),
        v.check((site) => v.is(HostnameSchema, site) && site === site.trim().toLowerCase()),
      ),
    ),
    v.maxLength(MAX_DISABLED_SITES),
  ),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  tooltipTrigger: v.picklist(TOOLTIP_TRIGGERS),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
});

export function isValidSettings(value: unknown): value is Settings {
  return v.is(SettingsSchema, value);
}
