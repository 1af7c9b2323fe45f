/**
 * Reading typos in text with the data ./typos.ts builds at build time: what every frame runs.
 * See ./typos.ts for what counts as a typo and why it is cheap on text without a mention.
 */
import { editDistance } from './edit-distance';

export interface TypoMatch<T> {
  start: number;
  end: number;
  value: T;
}

export interface TypoSearch<T> {
  /** Segments (lower-case letters) for the prefilter: a typo within reach contains one. */
  readonly segments: readonly string[];
  /** Shortest word that can be a typo. */
  readonly minLength: number;
  /** Typo matches in text, leaving out words that overlap `taken` (spans found exactly). */
  find(text: string, taken: readonly { start: number; end: number }[]): TypoMatch<T>[];
}

export interface TypoData<T> {
  /** Each name that takes typos: folded letters, edits allowed, owner (its drug), value. */
  ours: [string, number, string, T][];
  /** Segments, longest first: a typo within reach keeps one of its name's segments intact. */
  segments: string[];
  /**
   * Other drugs' names (folded): a word at least as close to one of them is not ours. The
   * interaction tables' names are not listed here but added from the interactant data
   * (run.ts), except those in `notOthers`.
   */
  others: string[];
  notOthers: string[];
}

const MARKS = /\p{M}/gu;

/** Lower case, accents off; undefined unless the result is plain letters a-z. */
export function foldedLetters(name: string): string | undefined {
  const folded = name.normalize('NFD').replace(MARKS, '').toLowerCase();
  return /^[a-z]+$/.test(folded) ? folded : undefined;
}
/** Letters of a word for typo purposes: Latin letters and their accents. */
const WORD = /[\p{Script=Latin}\p{M}]+/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** An English plural or possessive after the word is kept in the span but not compared. */
const ATTACHED = /^(.*?)(?:'s|\u2019s|s)$/;

/**
 * People rarely get a name's first letter wrong, except c for k and back ("clonopin"); a letter
 * glued before a name ("xklonopin", a user name) is no typo.
 */
function sameFirstLetter(word: string, name: string): boolean {
  const a = word[0];
  const b = name[0];
  return a === b || ((a === 'c' || a === 'k') && (b === 'c' || b === 'k'));
}

/**
 * @param guards more names a typo must not be as close to (the interaction tables' names), or a
 * function that gives them, called once a word first comes close enough to one of ours.
 */
export function typoSearchFrom<T>(
  data: TypoData<T>,
  guards: readonly string[] | (() => readonly string[]) = [],
): TypoSearch<T> {
  const ours = data.ours;
  // Folded when a word first comes within the edits of one of ours: a page where none does (most
  // pages) never pays for folding every guard name.
  let others: string[] | undefined;
  const othersNow = (): string[] =>
    (others ??= [
      ...new Set([
        ...data.others,
        ...(typeof guards === 'function' ? guards() : guards).map(foldedLetters).filter((name) => name !== undefined),
      ]),
    ].filter((name) => !data.notOthers.includes(name)));
  let segmentPattern: RegExp | undefined;
  const shortest = Math.min(...ours.map(([folded, edits]) => folded.length - edits));
  const longest = Math.max(...ours.map(([folded, edits]) => folded.length + edits));

  /** The listed name a word is read as, or undefined (too far, or as close to another drug). */
  function readAs(word: string): T | undefined {
    if (word.length < shortest || word.length > longest) return undefined;
    let best: TypoData<T>['ours'][number] | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    let tied = false;
    for (const base of ours) {
      const [folded, edits, owner] = base;
      if (!sameFirstLetter(word, folded)) continue;
      const limit = Math.min(edits, bestDistance);
      const distance = editDistance(word, folded, limit);
      if (distance > edits) continue;
      if (distance < bestDistance) {
        best = base;
        bestDistance = distance;
        tied = false;
      } else if (distance === bestDistance && best && best[2] !== owner) {
        tied = true;
      }
    }
    if (!best || tied || bestDistance === 0) return undefined;
    for (const other of othersNow()) if (editDistance(word, other, bestDistance) <= bestDistance) return undefined;
    return best[3];
  }

  return {
    segments: data.segments,
    minLength: shortest,
    find(text, taken) {
      const found: TypoMatch<T>[] = [];
      segmentPattern ??= new RegExp(data.segments.join('|'), 'gi');
      segmentPattern.lastIndex = 0;
      let lastWordEnd = -1;
      let hit: RegExpExecArray | null;
      while ((hit = segmentPattern.exec(text)) !== null) {
        if (hit.index < lastWordEnd) continue;
        let start = hit.index;
        while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start--;
        WORD.lastIndex = start;
        const word = WORD.exec(text)?.[0] ?? '';
        const end = start + word.length;
        lastWordEnd = end;
        if (end < hit.index + hit[0].length) continue;
        segmentPattern.lastIndex = end;
        // Only whole words of letters: no digit or other script glued on either side.
        if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) continue;
        if (end < text.length && WORD_CHAR.test(text[end] as string)) continue;
        if (taken.some((span) => span.start < end && start < span.end)) continue;
        const folded = word.normalize('NFD').replace(MARKS, '').toLowerCase();
        const value = readAs(folded) ?? readAs(ATTACHED.exec(folded)?.[1] ?? '');
        if (value !== undefined) found.push({ start, end, value });
      }
      return found;
    },
  };
}
