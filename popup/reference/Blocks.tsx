import type { ReferenceBlock, SourceId } from '../../src/drugs/schema';
import { CitationMarks } from '../components/SourceLinks';
import { Marked } from './Marked';
import type { SearchQuery } from './search';

interface BlocksProps {
  blocks: ReferenceBlock[];
  query: SearchQuery | null;
  /** The section's source ids in order, for citation numbers. */
  sourceOrder: SourceId[];
  /** Heading level for list titles. */
  headingLevel: 3 | 4;
}

export function Blocks({ blocks, query, sourceOrder, headingLevel }: BlocksProps) {
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <Marked text={block.text} query={query} />
            <CitationMarks ids={block.sources} order={sourceOrder} />
          </p>
        ) : (
          <div class="block-list" key={index}>
            {block.title && (
              <Heading class="list-title">
                <Marked text={block.title} query={query} />
              </Heading>
            )}
            <ul>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex} class={item.urgent ? 'item-urgent' : undefined}>
                  {item.urgent && <span class="tag tag-urgent">Urgent</span>}
                  {item.offLabel && <span class="tag tag-off-label">Off-label</span>}
                  <Marked text={item.text} query={query} />
                  {item.frequency && <span class="frequency"> ({item.frequency})</span>}
                  <CitationMarks ids={item.sources} order={sourceOrder} />
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </>
  );
}
