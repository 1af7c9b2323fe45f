/**
 * Which emergency numbers to show, from the browser's locale: the US numbers by default, the local
 * ones where the locale's region is one the drug data lists (UK, Canada, the EU member states).
 * Pure, so the tooltip and the popup pick the same entries.
 */
import type { EmergencyHelp } from './schema';

/** The 27 EU member states (ISO 3166-1 alpha-2). */
const EU_MEMBER_STATES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** "en-GB" → "GB", "de" → "DE" (likely region), "fr-CA" → "CA"; undefined when unknown. */
export function localeRegion(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.Locale(locale).maximize().region?.toUpperCase();
  } catch {
    return undefined;
  }
}

function applies(entry: EmergencyHelp, region: string | undefined): boolean {
  const where = entry.where;
  if (!where) return true;
  if (!region) return false;
  return where.includes(region) || (where.includes('EU') && EU_MEMBER_STATES.has(region));
}

/**
 * The entries for a locale. A region that some entry names gets those entries (and the entries
 * shown everywhere); any other region, or none, gets the US entries and the "other" ones.
 */
export function emergencyHelpFor(help: readonly EmergencyHelp[], locale: string | undefined): EmergencyHelp[] {
  const region = localeRegion(locale);
  const local = help.filter((entry) => entry.where !== undefined && applies(entry, region));
  if (local.length > 0) return help.filter((entry) => entry.where === undefined || applies(entry, region));
  return help.filter(
    (entry) => entry.where === undefined || entry.where.includes('US') || entry.where.includes('other'),
  );
}

/** The browser's preferred locale, where there is a navigator (undefined in Node). */
export function browserLocale(): string | undefined {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  return nav?.languages?.[0] ?? nav?.language;
}
