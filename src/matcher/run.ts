/**
 * Running a matcher from its data (./data.ts builds it, once, at build time): what every frame
 * needs to find names, and nothing that builds patterns. Patterns are compiled on first use:
 * the prefilter's when the first text is tested, the full ones only once some text holds a
 * name's core, which most pages never do.
 */
import { LEFT_BOUNDARY, PATTERN_FLAGS, rightBoundary } from './boundaries';
import { foldKey, foldKeyWithoutMarks } from './normalize';
import { alsoAsRead, NEEDS_VIEW, originalSpan, readingView } from './reading-view';
import { typoSearchFrom, type TypoData } from './typo-run';
import type { DrugMatch, InteractantMatch, Matcher } from './types';

/** One compiled alternation over many names, as plain data (see ./search.ts). */
export interface SearchData<T> {
  /**
   * One branch per shape of name, longest names first: what may come before the name, the trie
   * of its cores (captured: the capture says which name was written), and the index of what may
   * follow it in `suffixes`. The first `boundedCount` end at a word boundary; the rest (names in
   * spaceless scripts) do not.
   */
  branches: [string, string, number][];
  suffixes: string[];
  boundedCount: number;
  /** Per branch, in capture-group order: 1 if a match must start a word, else 0. */
  needsLeftBoundary: number[];
  /**
   * The values' field names, and the values as indexes into `strings`, one field after the other
   * (value i is values[i * fields.length ...]): the data is in every frame's script, kept small.
   */
  fields: (keyof T & string)[];
  strings: string[];
  values: number[];
  /**
   * foldKey of a core -> index into values, where it differs from what the values' own
   * spellings give (foldKey of each value's `variant`, first value first); -1: no entry.
   */
  exact: Record<string, number>;
  /** foldKeyWithoutMarks of a core -> index into values, where `exact` has another (or none) for that key. */
  loose: Record<string, number>;
  /**
   * The pattern of each core that matches more than its letters in any case (accents written
   * apart, Persian and Arabic letter forms, dash and space classes), with its value index: how
   * a matched spelling no key folds to finds its name.
   */
  patterns: [string, number][];
}

export interface PrefilterData {
  /** Anchor patterns, one per letter group (see ./prefilter.ts). */
  groups: string[];
  /**
   * The starts of the names without an ASCII letter, when `groups` leaves them out (none can
   * start with a Latin-1 character): long text with wider characters is searched for them too.
   */
  otherScripts?: string;
  /** Shorter text never passes. */
  minLength: number;
  /** UTF-16 units (runs of spaces aside) a name can reach on either side of its anchor. */
  reach: number;
}

export interface MentionValue {
  drugId: string;
  kind: DrugMatch['kind'];
  variant: string;
}

export type InteractantValue = Omit<InteractantMatch, 'start' | 'end'>;

/** Everything a Matcher needs, as JSON. */
export interface MatcherData {
  mentions?: SearchData<MentionValue>;
  interactants?: SearchData<InteractantValue>;
  /** Typo tolerance for the mentions (./typos.ts). */
  typos?: TypoData<MentionValue>;
  /** Over every name's core and every typo segment. */
  prefilter?: PrefilterData;
  /** Shorter text holds no name and no typo (JSON turns Infinity into null). */
  minLength: number | null;
}

/** Called per match; offsets are UTF-16 indexes into the searched text. */
export type MatchVisitor<T> = (start: number, end: number, value: T) => void;

export interface NameSearch<T> {
  /** Visits every match in order, leftmost first, longest name first at the same place; never overlapping. */
  forEach(text: string, visit: MatchVisitor<T>): void;
}

/** Distinct matched spellings remembered for the lookup; pages repeat a handful of them. */
const LOOKUP_CACHE_LIMIT = 256;

/**
 * The left word boundary, checked here for the rare candidate rather than in the pattern: a
 * lookbehind at the head of the pattern runs at every position of the text and made scanning
 * several times slower. Every branch that needs it starts with a letter of a spaced script, so
 * when it fails at a position no other branch could have matched there.
 */
let wordStart: RegExp | undefined;

function startsWord(text: string, index: number): boolean {
  wordStart ??= new RegExp(LEFT_BOUNDARY, 'yv');
  wordStart.lastIndex = index;
  return wordStart.test(text);
}

const SYNTAX_CHARS = /[\\^$.*+?()[\]{}|/]/g;

function escapeLiteral(text: string): string {
  return text.replace(SYNTAX_CHARS, '\\$&');
}

/** Every core of every branch: a match holds one. */
function anyCoreSource(data: Pick<SearchData<unknown>, 'branches'>): string {
  return data.branches.map(([, core]) => `(?:${core})`).join('|');
}

/** Every value's `variant` (the name as listed). */
function variantsOf<T>(data: SearchData<T>): string[] {
  const stride = data.fields.length;
  const variant = data.fields.indexOf('variant' as never);
  const names: string[] = [];
  for (let index = variant; index < data.values.length; index += stride)
    names.push(data.strings[data.values[index] as number] ?? '');
  return names;
}

function own(record: Record<string, number>, key: string): number | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function searchFrom<T>(data: SearchData<T>): NameSearch<T> {
  let regex: RegExp | undefined;
  let anyCore: RegExp | undefined;
  let fallbacks: [RegExp, number][] | undefined;
  let patterns: [RegExp, number][] | undefined;
  const seen = new Map<string, T>();
  const decoded: (T | undefined)[] = [];
  let exact: Record<string, number> | undefined;
  /** The exact keys: the values' spellings, corrected by the data. */
  const exactKeys = (): Record<string, number> => {
    if (exact) return exact;
    exact = {};
    const stride = data.fields.length;
    const variant = data.fields.indexOf('variant' as keyof T & string);
    for (let index = 0; index * stride < data.values.length; index++) {
      const key = foldKey(data.strings[data.values[index * stride + variant] as number] ?? '');
      if (!Object.hasOwn(exact, key)) exact[key] = index;
    }
    for (const [key, index] of Object.entries(data.exact)) {
      if (index < 0) delete exact[key];
      else exact[key] = index;
    }
    return exact;
  };
  const at = (index: number | undefined): T | undefined => {
    if (index === undefined) return undefined;
    const stride = data.fields.length;
    return (decoded[index] ??= Object.fromEntries(
      data.fields.map((field, i) => [field, data.strings[data.values[index * stride + i] as number]]),
    ) as T);
  };

  const sources = data.branches.map(([prefix, core, suffix]) => `${prefix}(${core})${data.suffixes[suffix] ?? ''}`);
  const fullPattern = () => {
    const alternatives = sources.slice(data.boundedCount);
    if (data.boundedCount > 0)
      alternatives.unshift(`(?:${sources.slice(0, data.boundedCount).join('|')})${rightBoundary()}`);
    return new RegExp(alternatives.join('|'), `g${PATTERN_FLAGS}`);
  };

  function valueOf(core: string): T {
    let value = seen.get(core);
    if (value !== undefined) return value;
    const looseKey = foldKeyWithoutMarks(core);
    value = at(own(exactKeys(), foldKey(core))) ?? at(own(data.loose, looseKey) ?? own(exactKeys(), looseKey));
    // Case folding the regex does and toLowerCase does not (e.g. "ſ" for "s"): compare with the
    // engine's own folding, key by key, in the order of precedence.
    if (value === undefined) {
      patterns ??= data.patterns.map(([source, index]) => [new RegExp(`^(?:${source})$`, PATTERN_FLAGS), index]);
      value = at(patterns.find(([pattern]) => pattern.test(core))?.[1]);
    }
    if (value === undefined) {
      fallbacks ??= Object.entries(exactKeys()).map(([key, index]) => [
        new RegExp(`^${escapeLiteral(key)}$`, PATTERN_FLAGS),
        index,
      ]);
      const folded = foldKey(core);
      value = at(fallbacks.find(([pattern]) => pattern.test(folded))?.[1]);
    }
    if (value === undefined) throw new Error(`matcher: no entry for matched text "${core}"`);
    if (seen.size >= LOOKUP_CACHE_LIMIT) seen.clear();
    seen.set(core, value);
    return value;
  }

  return {
    forEach(text, visit) {
      // Every match holds a core. This plain alternation is cheap to compile and to run; the full
      // pattern (affixes, Unicode word boundaries) is compiled only once some text holds a core.
      anyCore ??= new RegExp(anyCoreSource(data), PATTERN_FLAGS);
      if (!anyCore.test(text)) return;
      regex ??= fullPattern();
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        let group = 1;
        while (match[group] === undefined) group++;
        if (data.needsLeftBoundary[group - 1] && !startsWord(text, match.index)) {
          // Step over the whole first character: the engine moves a start inside a surrogate pair back to its head.
          regex.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
          continue;
        }
        visit(match.index, match.index + match[0].length, valueOf(match[group] as string));
      }
    },
  };
}

/** Below this length one call to the full alternation is cheaper than a call per group. */
const SHORT_TEXT = 32;
/**
 * A character beyond Latin-1. V8 compiles a pattern separately for strings without one (stored
 * one byte a character), and only there do the groups skip ahead: in other strings the full
 * alternation is faster than all the groups together. So the groups only ever see Latin-1 text.
 */
const WIDE_CHAR = /[^\0-\xFF]/;

export interface Prefilter {
  test(text: string): boolean;
  /** The same answer as test, quicker on long text (a whole document's). */
  testLong(text: string): boolean;
  /** Shorter text never passes. */
  readonly minLength: number;
}

/** From this length on, testLong runs the full alternation only around the anchors it finds. */
const LONG_TEXT = 4_096;

/** A character \s matches (WhiteSpace and LineTerminator), by code. */
function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/**
 * The text within `reach` units either side of `index`, runs of spaces not counted (a space in
 * a name matches any run of them): any name holding the character at `index` is inside it.
 */
function around(text: string, index: number, reach: number): string {
  let start = index;
  for (let steps = 0; start > 0 && steps < reach;) if (!isSpace(text.charCodeAt(--start))) steps++;
  let end = index;
  for (let steps = 0; end < text.length && steps < reach; end++) if (!isSpace(text.charCodeAt(end))) steps++;
  return text.slice(start, end);
}

/** @param allSource the alternation of every name (the cores of every search). */
export function prefilterFrom(data: PrefilterData, allSource: string): Prefilter {
  const shortest = data.minLength;
  let all: RegExp | undefined;
  let groups: RegExp[] | undefined;
  let anchors: RegExp[] | undefined;
  let otherScripts: RegExp | undefined;
  function test(text: string): boolean {
    if (text.length < shortest) return false;
    all ??= new RegExp(allSource, PATTERN_FLAGS);
    if (text.length < SHORT_TEXT || WIDE_CHAR.test(text)) return all.test(text);
    groups ??= data.groups.map((source) => new RegExp(source, PATTERN_FLAGS));
    for (const group of groups) if (group.test(text)) return all.test(text);
    return false;
  }
  /**
   * In a long text some anchor is almost always somewhere, and the full alternation costs
   * ~25 ns a character: so it runs only on the text around each anchor found.
   */
  function testLong(text: string): boolean {
    if (text.length < LONG_TEXT) return test(text);
    all ??= new RegExp(allSource, PATTERN_FLAGS);
    anchors ??= data.groups.map((source) => new RegExp(source, `g${PATTERN_FLAGS}`));
    const searches = [...anchors];
    if (data.otherScripts !== undefined && WIDE_CHAR.test(text))
      searches.push((otherScripts ??= new RegExp(data.otherScripts, `g${PATTERN_FLAGS}`)));
    for (const anchor of searches) {
      anchor.lastIndex = 0;
      let hit: RegExpExecArray | null;
      while ((hit = anchor.exec(text)) !== null) {
        if (all.test(around(text, hit.index, data.reach))) return true;
        // Anchors may overlap: the next one can start inside this one.
        anchor.lastIndex = hit.index + 1;
      }
    }
    return false;
  }
  return { minLength: shortest, test, testLong };
}

/** The alternation of every name a matcher finds: the cores of both searches, the typo segments. */
export function everyNameSource(data: MatcherData): string {
  const searches = [data.mentions, data.interactants].filter((search) => search !== undefined) as Pick<
    SearchData<unknown>,
    'branches'
  >[];
  return [...searches.map(anyCoreSource), ...(data.typos?.segments ?? [])].join('|');
}

/** A Matcher over prebuilt data: nothing is compiled until text needs it. */
export function matcherFrom(data: MatcherData): Matcher {
  const mentions = data.mentions && searchFrom(data.mentions);
  const interactants = data.interactants && searchFrom(data.interactants);
  const interactantData = data.interactants;
  const typos = data.typos && typoSearchFrom(data.typos, () => (interactantData ? variantsOf(interactantData) : []));
  const prefilter = data.prefilter && prefilterFrom(data.prefilter, everyNameSource(data));
  const mentionSource = [
    ...(data.mentions ? [anyCoreSource(data.mentions)] : []),
    ...(data.typos?.segments ?? []),
  ].join('|');
  let mayMentionPattern: RegExp | undefined;
  const mayMentionAsRead = (text: string) => {
    if (mentionSource === '') return false;
    mayMentionPattern ??= new RegExp(mentionSource, PATTERN_FLAGS);
    return mayMentionPattern.test(text);
  };
  const minLength = data.minLength ?? Number.POSITIVE_INFINITY;

  function findMentions(text: string): DrugMatch[] {
    if (!NEEDS_VIEW.test(text)) return findMentionsAsRead(text);
    const view = readingView(text);
    return findMentionsAsRead(view.text).map((match) => ({ ...match, ...originalSpan(view, match.start, match.end) }));
  }

  function findMentionsAsRead(text: string): DrugMatch[] {
    const found: DrugMatch[] = [];
    mentions?.forEach(text, (start, end, value) => {
      found.push({ start, end, drugId: value.drugId, kind: value.kind, variant: value.variant });
    });
    if (!typos || text.length < typos.minLength) return found;
    const read = typos.find(text, found);
    if (read.length === 0) return found;
    for (const { start, end, value } of read) {
      found.push({ start, end, drugId: value.drugId, kind: value.kind, variant: value.variant, typo: true });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  function findInteractants(text: string): InteractantMatch[] {
    const found: InteractantMatch[] = [];
    interactants?.forEach(text, (start, end, value) => {
      found.push({ start, end, ...value });
    });
    if (found.length === 0) return found;
    const taken = findMentions(text);
    if (taken.length === 0) return found;
    return found.filter((match) => !taken.some((mention) => mention.start < match.end && match.start < mention.end));
  }

  const prefilterAsRead = prefilter && alsoAsRead(prefilter.test);
  const prefilterLongAsRead = prefilter && alsoAsRead(prefilter.testLong);
  const mayMentionAnyhow = alsoAsRead(mayMentionAsRead);
  return {
    mayMatch: (text) => text.length >= minLength && prefilterAsRead !== undefined && prefilterAsRead(text),
    mayMatchAnywhere: (text) =>
      text.length >= minLength && prefilterLongAsRead !== undefined && prefilterLongAsRead(text),
    mayMention: (text) => text.length >= minLength && mayMentionAnyhow(text),
    minLength,
    findMentions,
    findInteractants,
  };
}
