import type { ComponentChildren } from 'preact';
import type { DrugData, SourceId } from '../../src/drugs/schema';
import { CitationMarks, SourceLinks } from '../components/SourceLinks';
import { Marked } from './Marked';
import { matchesAny, type SearchQuery } from './search';

interface NamedEntry {
  name: string;
  /** Shown after the name: countries, languages. */
  where?: string;
  lang?: string;
  sources: SourceId[];
}

interface FactRow {
  label: string;
  entries: NamedEntry[];
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** One entry per name in another language, its languages joined ("клоназепам": Russian, Ukrainian). */
function foreignEntries(names: DrugData['names']['otherLanguages']): NamedEntry[] {
  const byName = new Map<string, NamedEntry & { languages: string[] }>();
  for (const { name, lang, sources } of names) {
    const entry = byName.get(name);
    if (entry) {
      entry.languages.push(languageName(lang));
      entry.sources = [...new Set([...entry.sources, ...sources])];
    } else {
      byName.set(name, { name, lang, sources, languages: [languageName(lang)] });
    }
  }
  return [...byName.values()].map(({ languages, ...entry }) => ({
    ...entry,
    where: [...new Set(languages)].join(', '),
  }));
}

/** The rows shown, from the data; empty rows are left out. Misspellings are for matching only and never shown. */
export function factRows(drug: DrugData): FactRow[] {
  const names = drug.names;
  const rows: FactRow[] = [
    { label: 'Class', entries: drug.drugClass ? [{ name: drug.drugClass.text, sources: drug.drugClass.sources }] : [] },
    {
      label: 'Legal status',
      entries: drug.schedule ? [{ name: drug.schedule.text, sources: drug.schedule.sources }] : [],
    },
    { label: 'Generic name', entries: (names?.generic ?? []).map((name) => ({ name, sources: [] })) },
    { label: 'Brand names', entries: names?.brands ?? [] },
    {
      label: 'Brands in other countries',
      entries: (names?.internationalBrands ?? []).map(({ name, countries, sources }) => ({
        name,
        sources,
        ...(countries.length > 0 ? { where: countries.join(', ') } : {}),
      })),
    },
    { label: 'In other languages', entries: foreignEntries(names?.otherLanguages ?? []) },
    { label: 'Street names', entries: names?.slang ?? [] },
  ];
  return rows.filter((row) => row.entries.length > 0);
}

function Entry({
  entry,
  query,
  order,
}: {
  entry: NamedEntry;
  query: SearchQuery | null;
  order: SourceId[];
}): ComponentChildren {
  return (
    <>
      <span lang={entry.lang}>
        <Marked text={entry.name} query={query} />
      </span>
      {entry.where && <span class="fact-where"> ({entry.where})</span>}
      <CitationMarks ids={entry.sources} order={order} />
    </>
  );
}

/** The drug's class, legal status and names (brands here and abroad, other languages, street names), each with its sources. */
export function DrugFacts({
  drug,
  query,
  open = false,
}: {
  drug: DrugData;
  query: SearchQuery | null;
  open?: boolean;
}) {
  const rows = factRows(drug);
  if (rows.length === 0) return null;
  const order = [...new Set(rows.flatMap((row) => row.entries.flatMap((entry) => entry.sources)))];
  const matched = query !== null && rows.some((row) => row.entries.some((entry) => matchesAny(entry.name, query)));
  return (
    <details class="drug-facts" open={open || matched}>
      <summary>Class and names</summary>
      <dl>
        {rows.map((row) => (
          <div class="fact-row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              {row.entries.map((entry, index) => (
                <span class="fact-entry" key={`${entry.name}-${index}`}>
                  {index > 0 && '; '}
                  <Entry entry={entry} query={query} order={order} />
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <SourceLinks ids={order} sources={drug.sources} heading="Sources for class and names" headingLevel={2} />
    </details>
  );
}
