/**
 * repairSettings without a schema library: the content script, which runs in every frame, reads
 * settings through it and must stay small. Whatever storage holds (nothing, a partial object from
 * an older version, wrong types, a corrupt string), it returns a valid Settings: each field that
 * is valid is kept, each that is not falls back to its default. It never throws. ./validate.ts
 * holds the schema (SettingsSchema) a valid value must pass; the unit tests check every repaired
 * value against it.
 */
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, HOVER_DELAY_RANGE, TOOLTIP_TRIGGERS, type Settings } from './schema';

export const MAX_DISABLED_SITES = 1000;

/** A hostname as URL.hostname gives it: no scheme, path, spaces or port; folded to lower case. */
const HOSTNAME = /^[^\s/:?#@]+$/u;
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

export function repairHostname(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const site = value.trim().toLowerCase();
  return site.length >= 1 && site.length <= 253 && HOSTNAME.test(site) ? site : undefined;
}

function repairHoverDelay(value: unknown): number | undefined {
  let delay: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) delay = value;
  else if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) delay = Number(value.trim());
  if (delay === undefined) return undefined;
  return Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(delay)));
}

function oneOf<T extends string>(options: readonly T[]): (value: unknown) => T | undefined {
  return (value) => (options.includes(value as T) ? (value as T) : undefined);
}

const FIELDS: { [K in Exclude<keyof Settings, 'disabledSites'>]: (value: unknown) => Settings[K] | undefined } = {
  highlightEnabled: (value) => (typeof value === 'boolean' ? value : undefined),
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  tooltipTrigger: oneOf(TOOLTIP_TRIGGERS),
  hoverDelayMs: repairHoverDelay,
};

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
    const site = repairHostname(item);
    if (site !== undefined) sites.add(site);
    if (sites.size >= MAX_DISABLED_SITES) break;
  }
  return [...sites];
}

export function repairSettings(stored: unknown): Settings {
  try {
    const record = readObject(stored);
    const repaired: Settings = {
      ...DEFAULT_SETTINGS,
      disabledSites: repairDisabledSites(readField(record, 'disabledSites')),
    };
    for (const [key, repair] of Object.entries(FIELDS) as [keyof typeof FIELDS, (value: unknown) => unknown][]) {
      const value = repair(readField(record, key));
      if (value !== undefined) (repaired as unknown as Record<string, unknown>)[key] = value;
    }
    return repaired;
  } catch {
    return { ...DEFAULT_SETTINGS, disabledSites: [] };
  }
}
