/**
 * Validation and repair of stored settings. Whatever storage holds (nothing, a partial object from an
 * older version, wrong types, a corrupt string), repairSettings returns a valid Settings: each field
 * that validates is kept, each that does not falls back to its default. It never throws.
 */
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  TOOLTIP_TRIGGERS,
  type Settings,
} from './schema';

/** A hostname as URL.hostname gives it: no scheme, path, spaces or port; folded to lower case. */
export const HostnameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.minLength(1),
  v.maxLength(253),
  v.regex(/^[^\s/:?#@]+$/u),
);

const HoverDelaySchema = v.pipe(
  v.union([
    v.pipe(v.number(), v.finite()),
    // Older or hand-edited values may hold the number as text.
    v.pipe(v.string(), v.trim(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number)),
  ]),
  v.transform(Math.round),
  v.toMinValue(HOVER_DELAY_RANGE.min),
  v.toMaxValue(HOVER_DELAY_RANGE.max),
);

const MAX_DISABLED_SITES = 1000;

/** Per-field schemas. disabledSites is repaired item by item in repairDisabledSites. */
const FIELD_SCHEMAS = {
  highlightEnabled: v.boolean(),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  tooltipTrigger: v.picklist(TOOLTIP_TRIGGERS),
  hoverDelayMs: HoverDelaySchema,
} as const;

/** The exact shape of a valid Settings value (what repairSettings always returns). */
export const SettingsSchema = v.strictObject({
  highlightEnabled: v.boolean(),
  disabledSites: v.pipe(
    v.array(v.pipe(v.string(), v.check((site) => v.is(HostnameSchema, site) && site === site.trim().toLowerCase()))),
    v.maxLength(MAX_DISABLED_SITES),
  ),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  tooltipTrigger: v.picklist(TOOLTIP_TRIGGERS),
  hoverDelayMs: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(HOVER_DELAY_RANGE.min),
    v.maxValue(HOVER_DELAY_RANGE.max),
  ),
});

function readObject(stored: unknown): Record<string, unknown> {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return value as Record<string, unknown>;
}

function readField(record: Record<string, unknown>, key: string): unknown {
  try {
    // A getter on a hostile object could throw; storage values are plain, but never trust them.
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  } catch {
    return undefined;
  }
}

function repairDisabledSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.disabledSites];
  const sites = new Set<string>();
  for (const item of value) {
    const result = v.safeParse(HostnameSchema, item);
    if (result.success) sites.add(result.output);
    if (sites.size >= MAX_DISABLED_SITES) break;
  }
  return [...sites];
}

export function repairSettings(stored: unknown): Settings {
  try {
    const record = readObject(stored);
    const repaired: Settings = { ...DEFAULT_SETTINGS, disabledSites: repairDisabledSites(readField(record, 'disabledSites')) };
    for (const [key, schema] of Object.entries(FIELD_SCHEMAS) as [keyof typeof FIELD_SCHEMAS, v.GenericSchema][]) {
      const result = v.safeParse(schema, readField(record, key));
      if (result.success) (repaired as unknown as Record<string, unknown>)[key] = result.output;
    }
    return repaired;
  } catch {
    return { ...DEFAULT_SETTINGS, disabledSites: [] };
  }
}

export function isValidSettings(value: unknown): value is Settings {
  return v.is(SettingsSchema, value);
}
