import { useEffect, useState } from 'preact/hooks';
import { BUNDLED_DRUGS } from '../src/drugs';
import { resolveTargetTab, tabIdFromUrl } from './page/target-tab';
import { DisabledSites } from './settings/DisabledSites';
import { SettingsForm } from './settings/SettingsForm';

/** The options page: the same settings as the popup, plus the sites where highlighting is off. */
export function OptionsApp({ href = location.href }: { href?: string }) {
  // A site switch only makes sense when the page was opened for a tab (?tab=ID).
  const [site, setSite] = useState<string | null>(null);
  useEffect(() => {
    if (tabIdFromUrl(href) === null) return;
    resolveTargetTab(href).then((tab) => setSite(tab?.hostname ?? null));
  }, [href]);
  return (
    <main class="options">
      <h1>MedGlance settings</h1>
      <SettingsForm site={site} previewWord={BUNDLED_DRUGS[0]?.displayName ?? 'Clonazepam'} />
      <DisabledSites />
    </main>
  );
}
