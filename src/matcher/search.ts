/**
 * One compiled alternation over many names, and the way back from a match to the listed name.
 * Names are grouped by shape (./shape.ts); each group is one branch with one capture group
 * around its cores (a trie, ./trie.ts), so the captured core says which name was written.
 * The right word boundary is in the pattern (a failing one backtracks to a shorter form); the
 * left one is checked per candidate, see startsWord.
 */
import { foldKey, foldKeyWithoutMarks } from './normalize';
import {
  APOSTROPHE_CLASS,
  LEFT_BOUNDARY,
  PATTERN_FLAGS,
  RIGHT_BOUNDARY,
  literalAlternation,
  nameUnits,
} from './pattern';
import { shapeKey, shapeOf, type NameShape } from './shape';
import { trieSource } from './trie';

export interface NameEntry<T> {
  /** As listed in the data. */
  name: string;
  /** BCP 47 language of a foreign name: picks the inflection table. */
  lang?: string;
  value: T;
}

/** Called per match; offsets are UTF-16 indexes into the searched text. */
export type MatchVisitor<T> = (start: number, end: number, value: T) => void;

export interface NameSearch<T> {
  /** Visits every match in order, leftmost first, longest name first at the same place; never overlapping. */
  forEach(text: string, visit: MatchVisitor<T>): void;
  /** Every name's core as regex pieces: any match contains one (for a prefilter). */
  readonly cores: readonly (readonly string[])[];
}

/** Plural s/es, then a trademark sign (one optional space before it), then a possessive. */
const ENGLISH_PLURAL = '(?:e?s)?';
const POSSESSIVE = `(?:${APOSTROPHE_CLASS}s)?`;
const TRADEMARK = '(?:[ \\u00A0\\u202F]?[®™])?';

/** Distinct matched spellings remembered for the lookup; pages repeat a handful of them. */
const LOOKUP_CACHE_LIMIT = 256;

interface Core<T> {
  units: string[];
  value: T;
}

interface Branch<T> {
  shape: NameShape;
  cores: Map<string, Core<T>>;
}

export function compileSearch<T>(entries: readonly NameEntry<T>[]): NameSearch<T> | undefined {
  const exact = new Map<string, T>();
  const withoutMarks = new Map<string, T>();
  const branches = new Map<string, Branch<T>>();

  for (const entry of entries) {
    const shape = shapeOf(entry.name, entry.lang);
    const units = nameUnits(shape.core);
    if (units.length === 0) continue;
    const key = foldKey(shape.core);
    // The first listed entry for a spelling wins (the caller orders entries by precedence).
    if (!exact.has(key)) exact.set(key, entry.value);
    const looseKey = foldKeyWithoutMarks(shape.core);
    if (!withoutMarks.has(looseKey)) withoutMarks.set(looseKey, entry.value);

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
  const alternatives = unbounded.map(branchSource);
  if (bounded.length > 0) alternatives.unshift(`(?:${bounded.map(branchSource).join('|')})${RIGHT_BOUNDARY}`);
  const regex = new RegExp(alternatives.join('|'), `g${PATTERN_FLAGS}`);
  const cores = ordered.flatMap((branch) => [...branch.cores.values()].map((core) => core.units));
  // Every match holds a core. This plain alternation is cheap to compile and to run; the full
  // pattern (affixes, Unicode word boundaries) is compiled only once some text holds a core.
  const anyCore = new RegExp(trieSource(cores), PATTERN_FLAGS);
  const needsLeftBoundary = ordered.map((branch) => branch.shape.leftBoundary);
  const fallbacks: ([RegExp, T][] | undefined)[] = [];
  const seen = new Map<string, T>();

  function valueOf(core: string, branchIndex: number): T {
    let value = seen.get(core);
    if (value !== undefined) return value;
    value = exact.get(foldKey(core)) ?? withoutMarks.get(foldKeyWithoutMarks(core));
    // Case folding the regex does and toLowerCase does not (e.g. "ſ" for "s"): ask each pattern.
    if (value === undefined) {
      const branch = ordered[branchIndex];
      const patterns = (fallbacks[branchIndex] ??= branch ? anchoredCores(branch) : []);
      value = patterns.find(([pattern]) => pattern.test(core))?.[1];
    }
    if (value === undefined) throw new Error(`matcher: no entry for matched text "${core}"`);
    if (seen.size >= LOOKUP_CACHE_LIMIT) seen.clear();
    seen.set(core, value);
    return value;
  }

  return {
    cores,
    forEach(text, visit) {
      if (!anyCore.test(text)) return;
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        let group = 1;
        while (match[group] === undefined) group++;
        if (needsLeftBoundary[group - 1] && !startsWord(text, match.index)) {
          // Step over the whole first character: the engine moves a start inside a surrogate pair back to its head.
          regex.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
          continue;
        }
        visit(match.index, match.index + match[0].length, valueOf(match[group] as string, group - 1));
      }
    },
  };
}

/**
 * The left word boundary, checked here for the rare candidate rather than in the pattern: a
 * lookbehind at the head of the pattern runs at every position of the text and made scanning
 * several times slower. Every branch that needs it starts with a letter of a spaced script, so
 * when it fails at a position no other branch could have matched there.
 */
const WORD_START = new RegExp(LEFT_BOUNDARY, 'yv');

function startsWord(text: string, index: number): boolean {
  WORD_START.lastIndex = index;
  return WORD_START.test(text);
}

function longestCore<T>(branch: Branch<T>): number {
  let longest = 0;
  for (const core of branch.cores.values()) longest = Math.max(longest, core.units.length);
  return longest;
}

function branchSource<T>(branch: Branch<T>): string {
  const { shape } = branch;
  return [
    literalAlternation(shape.prefixes),
    `(${trieSource([...branch.cores.values()].map((core) => core.units))})`,
    literalAlternation(shape.endings),
    shape.english ? ENGLISH_PLURAL : '',
    TRADEMARK,
    shape.english ? POSSESSIVE : '',
  ].join('');
}

function anchoredCores<T>(branch: Branch<T>): [RegExp, T][] {
  return [...branch.cores.values()].map((core) => [
    new RegExp(`^(?:${core.units.join('')})$`, PATTERN_FLAGS),
    core.value,
  ]);
}
