import { useEffect, useState } from 'preact/hooks';
import { BUNDLED_DRUGS, getDrug } from '../src/drugs';
import type { DrugData } from '../src/drugs/schema';
import { DrugPicker } from './components/DrugPicker';
import { deepLinkFromUrl, type DeepLink } from './reference/deep-link';
import { Reference } from './reference/Reference';

/** The reference as a full page: popup/reference.html?drug=ID#section. */
export function ReferencePage({ drugs = BUNDLED_DRUGS }: { drugs?: readonly DrugData[] }) {
  const [link, setLink] = useState<DeepLink>(() => deepLinkFromUrl(location.href));

  useEffect(() => {
    const onHashChange = () => {
      const next = deepLinkFromUrl(location.href);
      if (next.section && drugs.some((drug) => drug.sections?.some((section) => section.id === next.section))) {
        setLink((current) => ({ drugId: next.drugId ?? current.drugId, section: next.section }));
      }
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, [drugs]);

  const drug = (link.drugId ? getDrug(link.drugId, drugs) : undefined) ?? drugs[0];
  useEffect(() => {
    if (drug) document.title = `${drug.displayName} · MedGlance reference`;
  }, [drug]);

  if (!drug) return <main>No drug data is bundled.</main>;
  return (
    <main class="reference-main">
      <DrugPicker
        drugs={drugs}
        selected={drug.id}
        onSelect={(drugId) => {
          history.replaceState(null, '', `?drug=${encodeURIComponent(drugId)}`);
          setLink({ drugId, section: null });
        }}
      />
      <Reference drug={drug} section={link.section} fullPage />
    </main>
  );
}
