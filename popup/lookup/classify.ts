/**
 * What a piece of text selected on a page names: one of the bundled drugs (the reference opens
 * searched for it), a medicine in an interaction table (the checker opens with it), or nothing we
 * know. Looks at every run of up to four words, so "I take Klonopin at night" finds Klonopin.
 */
import type { DrugData } from '../../src/drugs/schema';
import { ownNames } from '../checker/own-names';
import { buildNameIndex } from '../checker/name-index';
import { foldKey } from '../lib/text';

/** Selected text longer than this is cut (a whole page selected by accident). */
export const MAX_LOOKUP_TEXT = 200;
const MAX_NAME_WORDS = 4;

export type LookupResult =
  | { kind: 'drug'; text: string; drug: DrugData }
  | { kind: 'interactant'; text: string; name: string }
  | { kind: 'none'; text: string };

export function cleanLookupText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().slice(0, MAX_LOOKUP_TEXT);
}

/** The text's word runs, longest first: each a candidate name. */
function candidates(text: string): string[] {
  const tokens = text.split(' ').filter(Boolean);
  const runs: string[] = [];
  for (let size = Math.min(MAX_NAME_WORDS, tokens.length); size >= 1; size--) {
    for (let start = 0; start + size <= tokens.length; start++) runs.push(tokens.slice(start, start + size).join(' '));
  }
  return runs;
}

export function classifyLookup(selected: string, drugs: readonly DrugData[]): LookupResult {
  const text = cleanLookupText(selected);
  const own = ownNames(drugs);
  const runs = candidates(text)
    .map((run) => foldKey(run))
    .filter(Boolean);
  for (const key of runs) {
    const drug = own.get(key);
    if (drug) return { kind: 'drug', text, drug };
  }
  const index = new Map(buildNameIndex(drugs).map((entry) => [entry.key, entry]));
  for (const key of runs) {
    const entry = index.get(key);
    if (entry) return { kind: 'interactant', text, name: entry.label };
  }
  return { kind: 'none', text };
}
