/**
 * Reference search: turns what someone types into groups of terms, and finds those terms in text.
 *
 * A query is split into words; each word becomes a group of alternative terms (the word, its stem,
 * synonyms, and every name of the drug when the word is one of its names). A text matches a group
 * when one of the group's terms starts a word in it. Matching ignores case and accents.
 */
import type { DrugData } from '../../src/drugs/schema';
import { fold, foldKey, foldWithMap, isWordChar, words } from '../lib/text';

export interface SearchQuery {
  /** Every group must match somewhere in a section for the section to be shown. */
  groups: string[][];
  /** All terms of all groups, longest first (so marks prefer the longest match). */
  terms: string[];
}

const STOP_WORDS = new Set(
  'a an and are as at be by can could do does for from get has have how i if in is it its me my of on or should take takes taking the to use using was what when which while who why will with you your'.split(
    ' ',
  ),
);

/**
 * Everyday words and the words the reference uses for them. Keys and values are folded stems:
 * a term matches any word that starts with it.
 */
const SYNONYMS: [keys: string[], terms: string[]][] = [
  [['pregnan', 'expecting'], ['pregnan']],
  [
    ['dose', 'dosage', 'dosing', 'doses', 'dosed', 'mg'],
    ['dose', 'dosage', 'dosing', 'mg'],
  ],
  [
    ['withdraw', 'taper', 'quit', 'stop'],
    ['withdraw', 'taper', 'stopping'],
  ],
  [
    ['breastfe', 'nursing', 'lactat', 'breast'],
    ['breastfe', 'breast milk', 'nursing', 'lactat'],
  ],
  [
    ['alcohol', 'drink', 'beer', 'wine', 'booze'],
    ['alcohol', 'drink'],
  ],
  [
    ['addict', 'addictive', 'habit', 'misuse', 'abuse', 'dependen'],
    ['addict', 'dependen', 'misuse', 'abuse'],
  ],
  [['overdos', 'od'], ['overdos']],
  [
    ['sleepy', 'drows', 'sedat', 'tired'],
    ['drows', 'sleep', 'sedat'],
  ],
  [
    ['child', 'kid', 'pediatric', 'paediatric'],
    ['child', 'pediatric', 'paediatric'],
  ],
  [
    ['elderly', 'older', 'senior', 'aged'],
    ['older', 'elderly'],
  ],
  [
    ['seizure', 'epilep', 'fits', 'convuls'],
    ['seizure', 'epilep', 'convuls'],
  ],
  [
    ['side effect', 'adverse', 'reaction'],
    ['side effect', 'adverse', 'reaction'],
  ],
  [
    ['interact', 'mix', 'combin', 'together'],
    ['interact', 'combin', 'together'],
  ],
  [
    ['suicid', 'self harm'],
    ['suicid', 'self harm'],
  ],
  [
    ['breath', 'respirat'],
    ['breath', 'respirat'],
  ],
];

const SUFFIXES = ['ations', 'ation', 'ances', 'ance', 'ancy', 'ings', 'ing', 'ies', 'al', 'ant', 'ed', 'es', 's', 'y'];
const MIN_STEM = 4;

/** A light stem: strips one common English suffix when enough of the word is left. */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Every way the drug is named, folded to keys ("k-pin" → "kpin"), mapped to display terms. */
function drugNameKeys(drug: DrugData): Set<string> {
  const names = drug.names;
  const all = [
    drug.displayName,
    drug.id,
    ...(names?.generic ?? []),
    ...(names?.brands ?? []).map((brand) => brand.name),
    ...(names?.internationalBrands ?? []).map((brand) => brand.name),
    ...(names?.misspellings ?? []),
    ...(names?.slang ?? []).map((slang) => slang.name),
    ...(names?.otherLanguages ?? []).map((name) => name.name),
  ];
  return new Set(
    all
      .filter((name): name is string => typeof name === 'string')
      .map(foldKey)
      .filter(Boolean),
  );
}

/** The names the reference text itself uses for the drug (generic and main brands). */
function drugTextTerms(drug: DrugData): string[] {
  return [drug.displayName, ...(drug.names?.generic ?? []), ...(drug.names?.brands ?? []).map((brand) => brand.name)]
    .filter((name): name is string => typeof name === 'string' && name.length > 0)
    .map(fold);
}

function synonymTerms(word: string): string[] {
  const found: string[] = [];
  for (const [keys, terms] of SYNONYMS) {
    const hit = keys.some((key) =>
      key.length < MIN_STEM
        ? word === key || word === `${key}s`
        : word.startsWith(key) || (word.length >= MIN_STEM && key.startsWith(word)),
    );
    if (hit) found.push(...terms);
  }
  return found;
}

/** Builds the query; null when the input holds nothing searchable. */
export function buildQuery(input: string, drug: DrugData): SearchQuery | null {
  const text = input.slice(0, 200);
  const nameKeys = drugNameKeys(drug);
  const groups: string[][] = [];

  // A name of the drug finds the text about the drug (which uses its main names) and the name itself.
  if (nameKeys.has(foldKey(text))) {
    groups.push([...drugTextTerms(drug), fold(text.trim())]);
  } else {
    const queryWords = words(text);
    const meaningful = queryWords.filter((word) => !STOP_WORDS.has(word));
    for (const word of meaningful.length > 0 ? meaningful : queryWords) {
      if (nameKeys.has(word)) {
        groups.push([...drugTextTerms(drug), word]);
        continue;
      }
      groups.push([...new Set([word, stem(word), ...synonymTerms(word)])]);
    }
  }
  if (groups.length === 0) return null;
  const terms = [...new Set(groups.flat())].filter(Boolean).sort((a, b) => b.length - a.length);
  return { groups, terms };
}

export type Range = [start: number, end: number];

/**
 * Where the query's terms occur in a text, as ranges of the original text. A term must start a word;
 * the range runs to the end of that word so "pregnan" marks all of "pregnancy".
 */
export function findMatches(text: string, query: SearchQuery): Range[] {
  if (!text) return [];
  const { folded, starts, ends } = foldWithMap(text);
  const ranges: Range[] = [];
  let position = 0;
  while (position < folded.length) {
    let matchedEnd = -1;
    if (!isWordChar(folded[position - 1]) && isWordChar(folded[position])) {
      for (const term of query.terms) {
        if (folded.startsWith(term, position)) {
          let end = position + term.length;
          while (end < folded.length && isWordChar(folded[end])) end++;
          matchedEnd = end;
          break;
        }
      }
    }
    if (matchedEnd > position) {
      ranges.push([starts[position]!, ends[matchedEnd - 1]!]);
      position = matchedEnd;
    } else {
      position++;
    }
  }
  return ranges;
}

function hasTerm(folded: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const at = folded.indexOf(term, from);
    if (at < 0) return false;
    if (!isWordChar(folded[at - 1])) return true;
    from = at + 1;
  }
}

/** Which of the query's groups a text satisfies. */
export function matchedGroups(text: string, query: SearchQuery): boolean[] {
  const folded = fold(text);
  return query.groups.map((group) => group.some((term) => hasTerm(folded, term)));
}

export function matchesAny(text: string, query: SearchQuery): boolean {
  return matchedGroups(text, query).some(Boolean);
}
