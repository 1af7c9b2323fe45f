import type { SearchQuery } from './search';
import { findMatches } from './search';

/** Text with the query's matching words wrapped in <mark>. */
export function Marked({ text, query }: { text: string; query: SearchQuery | null }) {
  if (!query) return <>{text}</>;
  const ranges = findMatches(text, query);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start > last) parts.push(text.slice(last, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    last = end;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
