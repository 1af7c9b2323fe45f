/**
 * The cheap test the scanner runs on every text node (Matcher.mayMatch): false means no name
 * can be in the text. It must never say false when a name is there; it may say true when none is.
 *
 * Why not simply the alternation of all names: when the names start with ~25 different letters,
 * V8's regex engine tries them at every position, several nanoseconds a character. When every
 * alternative starts with one of at most 8 letters (16 characters with both cases) that are rare
 * in the text, it skips ahead Boyer-Moore style instead: measured 5 times faster on English text.
 * So each name gets an anchor, a few of its pieces around one of its rarer letters, and the
 * anchors are grouped by that letter, at most 8 letters a group. Only text where an anchor is
 * found runs the full alternation.
 *
 * Correct by construction: an anchor is a run of the name's own regex pieces (the part before the
 * letter as a lookbehind), compiled with the same flags, so wherever the name matches its anchor
 * matches too, case folding and NFC/NFD alternatives included. Which path runs (short text, text
 * with characters beyond Latin-1) is only a matter of speed: every path that says true ends in
 * the full alternation.
 */
import { PATTERN_FLAGS } from './boundaries';
import { prefilterFrom, type Prefilter, type PrefilterData } from './run';
import { LETTER_FREQUENCY } from './letter-frequency';
import { trieSource } from './trie';

/** Pieces an anchor takes from its letter on. */
const ANCHOR_PIECES = 4;
/**
 * Anchors shorter than this (a letter near the end of a name) also check the pieces before it.
 * Three were too few: endings such as "tin" or "ram" are in every other page's words (routine,
 * program), and each anchor found costs a test of the full alternation, compiled on first use.
 */
const MIN_ANCHOR_PIECES = 4;
/** V8 skips ahead only when an alternation starts with at most 16 characters: 8 letters in both cases. */
const LETTERS_PER_GROUP = 8;

export type { Prefilter, PrefilterData } from './run';

type Pieces = readonly string[];

function isLetter(piece: string): boolean {
  return piece.length === 1 && piece >= 'a' && piece <= 'z';
}

function frequency(letter: string): number {
  return LETTER_FREQUENCY[letter] ?? 10;
}

/**
 * Letter sets, at most LETTERS_PER_GROUP letters each, that together cover every name that has
 * an ASCII letter: first the rarest letters, then for the names left, greedily the letter that
 * covers most of them for its frequency.
 */
export function letterGroups(names: readonly Pieces[]): string[][] {
  const lettersOf = names.map((name) => new Set(name.filter(isLetter)));
  let left = lettersOf.filter((letters) => letters.size > 0);
  const groups: string[][] = [];
  const rarest = Object.keys(LETTER_FREQUENCY)
    .sort((a, b) => frequency(a) - frequency(b))
    .filter((letter) => left.some((letters) => letters.has(letter)))
    .slice(0, LETTERS_PER_GROUP);
  if (rarest.length > 0) {
    groups.push(rarest);
    left = left.filter((letters) => !rarest.some((letter) => letters.has(letter)));
  }
  while (left.length > 0) {
    const group: string[] = [];
    while (left.length > 0 && group.length < LETTERS_PER_GROUP) {
      let best = '';
      let bestValue = 0;
      for (const letter of new Set(left.flatMap((letters) => [...letters]))) {
        const value = left.filter((letters) => letters.has(letter)).length / frequency(letter);
        if (value > bestValue) {
          bestValue = value;
          best = letter;
        }
      }
      group.push(best);
      left = left.filter((letters) => !letters.has(best));
    }
    groups.push(group);
  }
  return groups;
}

/**
 * The anchor of a name at one of the given letters (undefined if it has none of them): the
 * letter and the pieces after it, and when fewer than MIN_ANCHOR_PIECES follow, a lookbehind
 * for the pieces before it. The rarest letter wins, then the anchor that reads further ahead.
 */
export function anchorAt(name: Pieces, letters: readonly string[]): Pieces | undefined {
  let best: Pieces | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let index = 0; index < name.length; index++) {
    const piece = name[index] as string;
    if (!letters.includes(piece)) continue;
    const ahead = name.slice(index + 1, index + ANCHOR_PIECES);
    const behind = Math.min(index, Math.max(0, MIN_ANCHOR_PIECES - 1 - ahead.length));
    const score = frequency(piece) * 100 - ahead.length;
    if (score >= bestScore) continue;
    bestScore = score;
    best = behind > 0 ? [piece, `(?<=${name.slice(index - behind, index + 1).join('')})`, ...ahead] : [piece, ...ahead];
  }
  return best;
}

interface AnchorGroups {
  /** Anchors per letter group. */
  lettered: Pieces[][];
  /** The start of each name without an ASCII letter (names in other scripts). */
  unlettered: Pieces[];
}

function groupAnchors(names: readonly Pieces[]): AnchorGroups {
  const groups = letterGroups(names);
  const lettered: Pieces[][] = groups.map(() => []);
  const unlettered: Pieces[] = [];
  for (const name of names) {
    const group = groups.findIndex((letters) => name.some((piece) => letters.includes(piece)));
    const anchor = group < 0 ? undefined : anchorAt(name, groups[group] as string[]);
    if (anchor) (lettered[group] as Pieces[]).push(anchor);
    else unlettered.push(name.slice(0, ANCHOR_PIECES));
  }
  return { lettered, unlettered };
}

/** The anchor patterns: one per letter group, then one for the names without an ASCII letter. */
export function anchorSources(names: readonly Pieces[]): string[] {
  const { lettered, unlettered } = groupAnchors(names.filter((name) => name.length > 0));
  return [...lettered, ...(unlettered.length > 0 ? [unlettered] : [])].map(trieSource);
}

const LATIN_1 = String.fromCharCode(...Array.from({ length: 256 }, (_, code) => code));

/** The prefilter's data for names given as regex pieces (see nameUnits); undefined when there are none. */
export function prefilterData(names: readonly Pieces[]): PrefilterData | undefined {
  const present = names.filter((name) => name.length > 0);
  if (present.length === 0) return undefined;
  const { lettered, unlettered } = groupAnchors(present);
  const groups = lettered.map((anchors) => trieSource(anchors));
  // Names in other scripts need no pass over a Latin-1 string unless one can start with a Latin-1 character.
  const firstPieces = unlettered.map((name) => name[0] as string);
  if (firstPieces.length > 0 && new RegExp(`(?:${firstPieces.join('|')})`, PATTERN_FLAGS).test(LATIN_1)) {
    groups.push(trieSource(unlettered));
  }
  const otherScripts = firstPieces.length > 0 && groups.length === lettered.length ? trieSource(unlettered) : undefined;
  return {
    groups,
    ...(otherScripts === undefined ? {} : { otherScripts }),
    // Every piece matches at least one UTF-16 code unit.
    minLength: Math.min(...present.map((name) => name.length)),
    // A piece (literals, classes, optional groups; `\s+` matches only what reach does not count)
    // never matches more code units than its source has characters.
    reach: Math.max(...present.map((name) => name.join('').length)),
  };
}

/** The prefilter for names given as regex pieces; undefined when there are none. */
export function compilePrefilter(names: readonly Pieces[]): Prefilter | undefined {
  const data = prefilterData(names);
  return data && prefilterFrom(data, trieSource(names.filter((name) => name.length > 0)));
}
