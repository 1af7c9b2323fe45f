import { setSiteHighlighting } from '../../src/settings/store';
import { useSettings } from './use-settings';

/** The sites where highlighting is off, each with a button to turn it back on (options page). */
export function DisabledSites() {
  const settings = useSettings();
  if (!settings) return null;
  return (
    <section class="disabled-sites" aria-labelledby="disabled-sites-title">
      <h2 id="disabled-sites-title">Sites where highlighting is off</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="empty">None. Turn highlighting off for a site from the toolbar popup while on that site.</p>
      ) : (
        <ul class="site-list">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={`Remove ${site}`}
                onClick={() => void setSiteHighlighting(site, true)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
