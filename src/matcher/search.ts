/**
 * One compiled alternation over many names, and the way back from a match to the listed name.
 * Names are grouped by shape (./shape.ts); each group is one branch with one capture group
 * around its cores (a trie, ./trie.ts), so the captured core says which name was written.
 * The right word boundary is in the pattern (a failing one backtracks to a shorter form); the
 * left one is checked per candidate (./run.ts, startsWord). Built as data (searchData), once,
 * at build time; ./run.ts compiles and runs it.
 */
import { foldKey, foldKeyWithoutMarks } from './normalize';
import { APOSTROPHE_CLASS, escapeLiteral, literalAlternation, nameUnits } from './pattern';
import { searchFrom, type NameSearch, type SearchData } from './run';
import { shapeKey, shapeOf, type NameShape } from './shape';
import { trieSource } from './trie';

export interface NameEntry<T> {
  /** As listed in the data. */
  name: string;
  /** BCP 47 language of a foreign name: picks the inflection table. */
  lang?: string;
  value: T;
}

export type { MatchVisitor, NameSearch, SearchData } from './run';

/** Plural s/es, then a trademark sign (one optional space before it), then a possessive. */
const ENGLISH_PLURAL = '(?:e?s)?';
const POSSESSIVE = `(?:${APOSTROPHE_CLASS}s)?`;
const TRADEMARK = '(?:[ \\u00A0\\u202F]?[®™])?';

interface Core<T> {
  units: string[];
  value: T;
}

interface Branch<T> {
  shape: NameShape;
  cores: Map<string, Core<T>>;
}

/** The search's data (built once, at build time) and every name's core as regex pieces (for a prefilter). */
export function searchData<T>(
  entries: readonly NameEntry<T>[],
): { data: SearchData<T>; cores: string[][] } | undefined {
  const valueList: T[] = [];
  const indexOf = new Map<T, number>();
  const exact: Record<string, number> = {};
  const loose: Record<string, number> = {};
  const branches = new Map<string, Branch<T>>();
  const valueIndex = (value: T) => {
    let index = indexOf.get(value);
    if (index === undefined) {
      index = valueList.push(value) - 1;
      indexOf.set(value, index);
    }
    return index;
  };

  for (const entry of entries) {
    const shape = shapeOf(entry.name, entry.lang);
    const units = nameUnits(shape.core);
    if (units.length === 0) continue;
    const key = foldKey(shape.core);
    // The first listed entry for a spelling wins (the caller orders entries by precedence).
    if (!Object.hasOwn(exact, key)) exact[key] = valueIndex(entry.value);
    const looseKey = foldKeyWithoutMarks(shape.core);
    if (!Object.hasOwn(loose, looseKey)) loose[looseKey] = valueIndex(entry.value);

    const id = shapeKey(shape);
    let branch = branches.get(id);
    if (!branch) {
      branch = { shape, cores: new Map() };
      branches.set(id, branch);
    }
    if (!branch.cores.has(key)) branch.cores.set(key, { units, value: entry.value });
  }
  if (branches.size === 0) return undefined;

  // Branches that end at a word boundary come first and share one boundary check: each
  // Unicode property class costs about a millisecond to compile, in every frame of every page.
  const byLength = [...branches.values()].sort((a, b) => longestCore(b) - longestCore(a));
  const bounded = byLength.filter((branch) => branch.shape.rightBoundary);
  const unbounded = byLength.filter((branch) => !branch.shape.rightBoundary);
  const ordered = [...bounded, ...unbounded];
  const cores = ordered.flatMap((branch) => [...branch.cores.values()].map((core) => core.units));
  const suffixes: string[] = [];
  const suffixIndex = (suffix: string) => {
    const index = suffixes.indexOf(suffix);
    return index >= 0 ? index : suffixes.push(suffix) - 1;
  };
  // Patterns only for cores that are more than their letters (the rest are found by their key).
  const patterns = ordered.flatMap((branch) =>
    [...branch.cores.entries()]
      .filter(([key, core]) => core.units.join('') !== key.split(/(?:)/u).map(escapeLiteral).join(''))
      .map(([, core]) => [core.units.join(''), valueIndex(core.value)] as [string, number]),
  );
  // The exact keys the values' own spellings give (run.ts rebuilds them) are left out of the
  // data: only the keys that differ are kept (-1: a key the spellings give that has no entry).
  const rebuilt: Record<string, number> = {};
  valueList.forEach((value, index) => {
    const key = foldKey(String((value as { variant?: unknown }).variant ?? ''));
    if (!Object.hasOwn(rebuilt, key)) rebuilt[key] = index;
  });
  const exactDiff: Record<string, number> = {};
  for (const [key, index] of Object.entries(exact)) if (rebuilt[key] !== index) exactDiff[key] = index;
  for (const key of Object.keys(rebuilt)) if (!Object.hasOwn(exact, key)) exactDiff[key] = -1;
  // A loose key only where the exact keys give another value (or none) for the same string.
  for (const [key, index] of Object.entries(loose)) if (exact[key] === index) delete loose[key];
  const fields = Object.keys(valueList[0] ?? {}) as (keyof T & string)[];
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const values = valueList.flatMap((value) =>
    fields.map((field) => {
      const text = String(value[field]);
      let index = stringIndex.get(text);
      if (index === undefined) {
        index = strings.push(text) - 1;
        stringIndex.set(text, index);
      }
      return index;
    }),
  );
  return {
    cores,
    data: {
      boundedCount: bounded.length,
      branches: ordered.map((branch) => {
        const [prefix, core, suffix] = branchParts(branch);
        return [prefix, core, suffixIndex(suffix)];
      }),
      suffixes,
      needsLeftBoundary: ordered.map((branch) => (branch.shape.leftBoundary ? 1 : 0)),
      fields,
      strings,
      values,
      exact: exactDiff,
      loose,
      patterns,
    },
  };
}

/** searchData and searchFrom in one step (tests, and tools that build at run time). */
export function compileSearch<T>(
  entries: readonly NameEntry<T>[],
): (NameSearch<T> & { cores: readonly (readonly string[])[] }) | undefined {
  const built = searchData(entries);
  return built && { ...searchFrom(built.data), cores: built.cores };
}

function longestCore<T>(branch: Branch<T>): number {
  let longest = 0;
  for (const core of branch.cores.values()) longest = Math.max(longest, core.units.length);
  return longest;
}

/** A branch's pattern in three parts: what may come before the name, the trie of its cores, and what may follow. */
function branchParts<T>(branch: Branch<T>): [string, string, string] {
  const { shape } = branch;
  return [
    literalAlternation(shape.prefixes),
    trieSource([...branch.cores.values()].map((core) => core.units)),
    [
      literalAlternation(shape.endings),
      shape.english ? ENGLISH_PLURAL : '',
      TRADEMARK,
      shape.english ? POSSESSIVE : '',
    ].join(''),
  ];
}
