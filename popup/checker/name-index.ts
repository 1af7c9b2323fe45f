/**
 * Every name the interaction tables of the bundled drugs know (generic names, brands, other names),
 * and the search over them: exact, prefix, then small typos.
 */
import type { DrugData, Interaction, InteractionMember } from '../../src/drugs/schema';
import { foldKey, words } from '../lib/text';
import { allowedTypos, editDistance } from './fuzzy';

export interface NameHit {
  drug: DrugData;
  interaction: Interaction;
  member: InteractionMember;
}

export type NameKind = 'generic' | 'brand' | 'other';

export interface NameEntry {
  /** Folded, letters and digits only: what input is compared with. */
  key: string;
  /** The name as the data writes it. */
  label: string;
  kind: NameKind;
  /** The generic name it belongs to (itself for a generic). */
  generic: string;
  /** Every interaction it is in, across all bundled drugs. */
  hits: NameHit[];
}

/** Longest input considered: no drug name is longer, and it bounds the typo search. */
export const MAX_NAME_INPUT = 80;

export function buildNameIndex(drugs: readonly DrugData[]): NameEntry[] {
  const byKey = new Map<string, NameEntry>();
  const add = (label: string, kind: NameKind, hit: NameHit) => {
    const key = foldKey(label);
    if (!key) return;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, label, kind, generic: hit.member.generic, hits: [] };
      byKey.set(key, entry);
    }
    if (!entry.hits.some((h) => h.drug.id === hit.drug.id && h.interaction.id === hit.interaction.id)) {
      entry.hits.push(hit);
    }
  };
  for (const drug of drugs) {
    for (const interaction of drug.interactions ?? []) {
      for (const member of interaction.members ?? []) {
        const hit = { drug, interaction, member };
        add(member.generic, 'generic', hit);
        for (const brand of member.brands ?? []) add(brand, 'brand', hit);
        for (const alias of member.aliases ?? []) add(alias, 'other', hit);
      }
    }
  }
  return [...byKey.values()];
}

function score(entry: NameEntry, key: string): number | null {
  if (entry.key === key) return 0;
  if (entry.key.startsWith(key)) return 1;
  if (key.length >= 2 && words(entry.label).some((word) => word.startsWith(key))) return 2;
  const typos = allowedTypos(key.length);
  if (typos === 0) return null;
  const whole = editDistance(key, entry.key, typos);
  if (whole <= typos) return 3 + whole;
  if (entry.key.length > key.length) {
    const prefix = editDistance(key, entry.key.slice(0, key.length), typos);
    if (prefix <= typos) return 6 + prefix;
  }
  return null;
}

/** Suggestions for what has been typed so far, best first. */
export function suggestNames(index: readonly NameEntry[], input: string, limit = 8): NameEntry[] {
  const key = foldKey(input.slice(0, MAX_NAME_INPUT));
  if (!key) return [];
  const scored: { entry: NameEntry; score: number }[] = [];
  for (const entry of index) {
    const value = score(entry, key);
    if (value !== null) scored.push({ entry, score: value });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map((item) => item.entry);
}

export interface Resolution {
  entry: NameEntry;
  /** True when the typed text was not exact and a close name was taken instead. */
  corrected: boolean;
}

/** The entry a typed name stands for: exact, else the closest within the typo allowance; null if none. */
export function resolveName(index: readonly NameEntry[], input: string): Resolution | null {
  const key = foldKey(input.slice(0, MAX_NAME_INPUT));
  if (!key) return null;
  const exact = index.find((entry) => entry.key === key);
  if (exact) return { entry: exact, corrected: false };
  const typos = allowedTypos(key.length);
  let best: NameEntry | null = null;
  let bestDistance = typos + 1;
  for (const entry of index) {
    const distance = editDistance(key, entry.key, typos);
    if (distance < bestDistance) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best ? { entry: best, corrected: true } : null;
}
