import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DrugData } from '../../src/drugs/schema';
import { formatIsoDate } from '../lib/dates';
import { withDefaults } from '../lib/drug-data';
import { sectionViews } from './filter';
import { goToSection } from './navigation';
import { DrugFacts } from './DrugFacts';
import { buildQuery } from './search';
import { SectionView } from './SectionView';
import { TableOfContents } from './TableOfContents';
import { UrgentHelp } from './UrgentHelp';

export interface ReferenceProps {
  drug: DrugData;
  /** A section id to open at (deep link). */
  section?: string | null;
  /** Rendered as a full page in a tab rather than in the popup. */
  fullPage?: boolean;
  /** Text to search for when it opens (a lookup of text selected on a page). */
  initialQuery?: string;
}

/** The full sectioned reference of one drug, with search. Every word about the drug comes from `drug`. */
export function Reference({ drug, section = null, fullPage = false, initialQuery = '' }: ReferenceProps) {
  const data = useMemo(() => withDefaults(drug), [drug]);
  const [input, setInput] = useState(initialQuery.slice(0, 200));
  const query = useMemo(() => buildQuery(input, data), [input, data]);
  const views = useMemo(() => sectionViews(data, query), [data, query]);

  useEffect(() => {
    if (!section) return;
    setInput('');
    // Wait for the cleared search to render every section before moving to one.
    const frame = requestAnimationFrame(() => goToSection(section));
    return () => cancelAnimationFrame(frame);
  }, [section, data]);

  const searchId = `reference-search-${data.id}`;
  const reviewed = data.lastReviewed ? formatIsoDate(data.lastReviewed) : '';

  return (
    <article class={fullPage ? 'reference reference-page' : 'reference'} aria-labelledby={`reference-title-${data.id}`}>
      <div class="reference-bar">
        <UrgentHelp drug={data} />
        <div class="search-row" role="search">
          <label for={searchId}>Search the reference</label>
          <input
            id={searchId}
            type="search"
            value={input}
            maxLength={200}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        </div>
        <p class="search-status" role="status">
          {query ? (
            views.length === 0 ? (
              <strong class="no-results">No results for “{input.trim()}”.</strong>
            ) : (
              `${views.length} ${views.length === 1 ? 'section matches' : 'sections match'}.`
            )
          ) : (
            ''
          )}
        </p>
      </div>

      <header class="reference-header">
        <h1 id={`reference-title-${data.id}`}>{data.displayName}</h1>
        {reviewed && (
          <p class="last-reviewed">
            Last reviewed: <time dateTime={data.lastReviewed}>{reviewed}</time>
          </p>
        )}
        {data.disclaimer && (
          <p class="disclaimer" role="note">
            {data.disclaimer}
          </p>
        )}
      </header>

      <DrugFacts drug={data} query={query} open={fullPage} />

      <TableOfContents sections={views.map((view) => view.section)} open={fullPage} />

      {data.sections.length === 0 && <p class="empty">No reference sections are bundled for {data.displayName} yet.</p>}
      {views.map((view) => (
        <SectionView key={view.section.id} view={view} drug={data} query={query} />
      ))}

      <footer class="reference-footer">
        {data.disclaimer && <p class="disclaimer">{data.disclaimer}</p>}
        {reviewed && (
          <p class="last-reviewed">
            Last reviewed: <time dateTime={data.lastReviewed}>{reviewed}</time>
          </p>
        )}
      </footer>
    </article>
  );
}
