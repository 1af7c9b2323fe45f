import type { Settings } from './schema';

/** Whether highlighting is on for a page's hostname. Pure: no browser API. */
export function highlightOnFor(settings: Settings, hostname: string): boolean {
  return settings.highlightEnabled && !settings.disabledSites.includes(hostname.trim().toLowerCase());
}
