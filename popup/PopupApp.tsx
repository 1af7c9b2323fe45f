import { useEffect, useMemo, useState } from 'preact/hooks';
import { BUNDLED_DRUGS, getDrug } from '../src/drugs';
import type { DrugData } from '../src/drugs/schema';
import { REFERENCE_PAGE_PATH } from '../src/messages';
import { Checker } from './checker/Checker';
import { DrugPicker } from './components/DrugPicker';
import { Tabs } from './components/Tabs';
import { PageCount } from './page/PageCount';
import { resolveTargetTab, tabIdFromUrl, type TargetTab } from './page/target-tab';
import { consumePendingReference, deepLinkFromUrl, type DeepLink } from './reference/deep-link';
import { Reference } from './reference/Reference';
import { classifyLookup, type LookupResult } from './lookup/classify';
import { LookupNotice } from './lookup/LookupNotice';
import { consumePendingLookup, lookupFromUrl, onPendingRequest } from './lookup/pending';
import { followActiveTab } from './page/follow-active-tab';
import { HeaderSwitches } from './settings/HeaderSwitches';
import { SettingsForm } from './settings/SettingsForm';

type View = 'reference' | 'checker' | 'settings';
const VIEWS: { id: View; label: string }[] = [
  { id: 'reference', label: 'Reference' },
  { id: 'checker', label: 'Interactions' },
  { id: 'settings', label: 'Settings' },
];

function viewFromUrl(href: string): View | null {
  try {
    const view = new URL(href).searchParams.get('view');
    return VIEWS.some((candidate) => candidate.id === view) ? (view as View) : null;
  } catch {
    return null;
  }
}

export interface PopupAppProps {
  drugs?: readonly DrugData[];
  href?: string;
  /** 'panel' in the side panel / sidebar: it follows the active tab and takes requests while open. */
  surface?: 'popup' | 'panel';
}

/** The toolbar popup: page count, then the reference, the interaction checker and the settings. */
export function PopupApp({ drugs = BUNDLED_DRUGS, href = location.href, surface = 'popup' }: PopupAppProps) {
  const urlLink = useMemo(() => deepLinkFromUrl(href), [href]);
  const [link, setLink] = useState<DeepLink>(urlLink);
  const [view, setView] = useState<View>(viewFromUrl(href) ?? 'reference');
  // undefined while looking the tab up; null when there is none.
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  const [lookup, setLookup] = useState<LookupResult | null>(null);
  // What the reference searches for and the checker checks when they open (a lookup); a new
  // lookup mounts them anew (the `key`), so nothing of it lingers afterwards.
  const [seed, setSeed] = useState<{ query: string; name: string; key: number }>({ query: '', name: '', key: 0 });

  const lookUp = (text: string) => {
    const result = classifyLookup(text, drugs);
    setLookup(result);
    if (result.kind === 'drug') {
      setLink({ drugId: result.drug.id, section: null });
      setSeed((current) => ({ query: result.text, name: '', key: current.key + 1 }));
      setView('reference');
    } else if (result.kind === 'interactant') {
      setSeed((current) => ({ query: '', name: result.name, key: current.key + 1 }));
      setView('checker');
    }
  };
  const checkLookedUpText = () => {
    if (!lookup) return;
    setSeed((current) => ({ query: '', name: lookup.text, key: current.key + 1 }));
    setView('checker');
  };

  useEffect(() => {
    let live = true;
    resolveTargetTab(href).then((tab) => live && setTarget(tab));
    consumePendingReference().then((pending) => {
      if (!live || !pending || urlLink.section) return;
      setLink(pending);
      setView('reference');
    });
    const urlLookup = lookupFromUrl(href);
    if (urlLookup) lookUp(urlLookup);
    else {
      consumePendingLookup().then((text) => {
        if (live && text) lookUp(text);
      });
    }
    // The side panel stays open: it follows the active tab and takes the requests that come later.
    const stops: (() => void)[] = [];
    if (surface === 'panel') {
      stops.push(followActiveTab(() => resolveTargetTab(href).then((tab) => live && setTarget(tab))));
      stops.push(
        onPendingRequest(() => {
          consumePendingReference().then((pending) => {
            if (!live || !pending) return;
            setLookup(null);
            setLink(pending);
            setView('reference');
          });
          consumePendingLookup().then((text) => {
            if (live && text) lookUp(text);
          });
        }),
      );
    }
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
    // lookUp only calls state setters, so a new one each render changes nothing here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [href, urlLink, surface]);

  const drug = (link.drugId ? getDrug(link.drugId, drugs) : undefined) ?? drugs[0];
  const tabId = target?.id ?? tabIdFromUrl(href);

  return (
    <>
      <header class="popup-header">
        <h1 class="brand visually-hidden">MedGlance</h1>
        <PageCount tabId={tabId} resolving={target === undefined} />
        <HeaderSwitches site={target?.hostname ?? null} />
      </header>
      <main class="popup-main">
        {lookup && <LookupNotice result={lookup} onCheck={checkLookedUpText} />}
        <Tabs
          label="MedGlance"
          tabs={VIEWS}
          selected={view}
          onSelect={setView}
          panels={{
            reference: drug ? (
              <>
                <DrugPicker
                  drugs={drugs}
                  selected={drug.id}
                  onSelect={(drugId) => setLink({ drugId, section: null })}
                />
                <p class="full-page-link">
                  <a
                    href={`/${REFERENCE_PAGE_PATH}?drug=${encodeURIComponent(drug.id)}`}
                    target="_blank"
                    rel="noopener"
                  >
                    Open the reference in a tab
                  </a>
                </p>
                <Reference key={`reference-${seed.key}`} drug={drug} section={link.section} initialQuery={seed.query} />
              </>
            ) : (
              <p>No drug data is bundled.</p>
            ),
            checker: <Checker key={`checker-${seed.key}`} drugs={drugs} initialName={seed.name} />,
            settings: (
              <>
                <SettingsForm site={target?.hostname ?? null} previewWord={drug?.displayName ?? 'Clonazepam'} />
                <p class="options-link">
                  <a href="/popup/options.html" target="_blank" rel="noopener">
                    All settings and sites where highlighting is off
                  </a>
                </p>
              </>
            ),
          }}
        />
      </main>
    </>
  );
}
