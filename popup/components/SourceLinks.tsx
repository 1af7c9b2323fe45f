import type { Source, SourceId } from '../../src/drugs/schema';

/** Sources as outside links; ids without a matching source are skipped. */
export function SourceLinks({
  ids,
  sources,
  heading = 'Sources',
  headingLevel = 4,
}: {
  ids: SourceId[];
  sources: Source[];
  heading?: string;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  const found = ids
    .map((id) => sources.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined);
  if (found.length === 0) return null;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4' | 'h5';
  return (
    <div class="sources">
      <Heading class="sources-heading">{heading}</Heading>
      <ol>
        {found.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            <span class="source-meta">
              {' '}
              — {source.publisher}
              {source.section ? `, ${source.section}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Citation numbers after a statement, pointing into the section's source list. */
export function CitationMarks({ ids, order }: { ids: SourceId[]; order: SourceId[] }) {
  const numbers = ids.map((id) => order.indexOf(id) + 1).filter((n) => n > 0);
  if (numbers.length === 0) return null;
  return (
    <sup class="cite">
      <span class="visually-hidden">Sources </span>
      {numbers.join(', ')}
    </sup>
  );
}
