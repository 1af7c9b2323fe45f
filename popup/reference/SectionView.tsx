import type { DrugData } from '../../src/drugs/schema';
import { SeverityScale } from '../components/SeverityScale';
import { SourceLinks } from '../components/SourceLinks';
import { Blocks } from './Blocks';
import { sectionSourceIds, type SectionView as View } from './filter';
import { InteractionTable } from './InteractionTable';
import { Marked } from './Marked';
import type { SearchQuery } from './search';

export function SectionView({ view, drug, query }: { view: View; drug: DrugData; query: SearchQuery | null }) {
  const { section } = view;
  const allInteractions = section.id === 'interactions' ? drug.interactions : [];
  const sourceOrder = sectionSourceIds(section, allInteractions);
  return (
    <section class="ref-section" id={section.id} aria-labelledby={`${section.id}-title`}>
      <h2 id={`${section.id}-title`} tabIndex={-1}>
        <Marked text={section.title} query={query} />
      </h2>
      <Blocks blocks={view.blocks} query={query} sourceOrder={sourceOrder} headingLevel={3} />
      {view.subsections.map((sub, index) => (
        <div class="subsection" key={index}>
          <h3>
            <Marked text={sub.title} query={query} />
          </h3>
          <Blocks blocks={sub.blocks} query={query} sourceOrder={sourceOrder} headingLevel={4} />
        </div>
      ))}
      {view.interactions.length > 0 && (
        <>
          <SeverityScale scale={drug.severityScale} />
          <InteractionTable
            interactions={view.interactions}
            scale={drug.severityScale}
            query={query}
            sourceOrder={sourceOrder}
          />
        </>
      )}
      <SourceLinks
        ids={sourceOrder}
        sources={drug.sources}
        heading={`Sources for “${section.title}”`}
        headingLevel={3}
      />
    </section>
  );
}
