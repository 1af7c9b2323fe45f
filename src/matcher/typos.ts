/**
 * Typo tolerance: a word that is not a listed spelling but is one edit away from a listed
 * Latin-script name of 7 to 11 letters (two edits from one of 12 or more) is read as that name.
 * An edit is a letter inserted, left out or replaced, or two neighbours swapped; the first letter
 * stays (c and k count as one).
 *
 * Guarded: a word at least as close to a name of another drug (an interaction-table name, a
 * look-alike from ./look-alikes.ts, or another bundled drug's name) as to ours is never read as
 * ours. So clonidine, clonazolam, lorazepam and their own misspellings stay out.
 *
 * Cheap on text without a mention: every typo within reach keeps one of its name's segments
 * intact (pigeonhole: a name split into edits + 1 segments with a letter between each; one edit
 * touches at most one of them, a swap included). The segments join the matcher's prefilter, so
 * text without any segment is rejected as before; only text holding one reaches the word check.
 */
import { LETTER_FREQUENCY } from './letter-frequency';
import { foldedLetters, typoSearchFrom, type TypoData, type TypoSearch } from './typo-run';

export type { TypoData, TypoMatch, TypoSearch } from './typo-run';

/** Names shorter than this get no typo tolerance: too many ordinary words lie one edit away. */
export const MIN_TYPO_NAME = 7;
/** Names this long or longer allow two edits. */
const TWO_EDIT_NAME = 12;
/** Shortest segment worth searching for (shorter ones are everywhere in text). */
const MIN_SEGMENT = 3;

export interface TypoBase<T> {
  /** As listed. */
  name: string;
  value: T;
  /** Which drug it names: a tie between two drugs' names reads as neither. */
  owner: string;
}

export { foldedLetters };

export function editsAllowed(length: number): number {
  if (length < MIN_TYPO_NAME) return 0;
  return length >= TWO_EDIT_NAME ? 2 : 1;
}

/**
 * How likely letter b follows letter a inside an English word: row a, column b holds -log2 of
 * the chance, rounded, in hex (counted over 12 MB of English technical prose). With it the chance
 * of a segment is estimated well enough to tell "opin" (in "opinion") from "nopi".
 */
const FOLLOWS =
  '9544a65a595353b5d34356876a' +
  '37782a9c56a29948e46838ab49' +
  '3a794ac25c446a28c4734caf8d' +
  '4884278a28967828d64659997d' +
  '574465797aa543867324a6747c' +
  '4a88449b2fd5a82ae5744b9c7e' +
  '598828633ab584599446378ba9' +
  '3bba1cbc3eb67949c6846eaf9e' +
  '6655655cac7342369533a7c7c7' +
  '3baa3e8b697aab37982b347cab' +
  '4887157838978668e737686c7a' +
  '479527aa3da3a837d855388d5d' +
  '2585297c4a964733e75a67bc89' +
  '4a43363a5a768647e84357ab7b' +
  '745575797a744264f3544659aa' +
  '298739a75ca47944d25359896f' +
  '689aa5ac9ad5e7ac98890a9aac' +
  '4936276a4e665539f544587d5d' +
  '5a5929954d878735a342598b6c' +
  '494528b23c978a36c4556b775c' +
  '556655594da44384f333cccac9' +
  '2a8c2c7c1dba7a6cdb97abbebe' +
  '3a9949821fa89539b449bc6bde' +
  '395637b94cc86982a87189967a' +
  '5778477a6c955322d733785799' +
  '3a871886398588498759698944';

const A = 'a'.charCodeAt(0);

/** Estimated chance of a segment at a position of English text. */
export function chance(segment: string): number {
  let product = (LETTER_FREQUENCY[segment[0] ?? ''] ?? 5) / 100;
  for (let i = 1; i < segment.length; i++) {
    const row = segment.charCodeAt(i - 1) - A;
    const column = segment.charCodeAt(i) - A;
    product *= 2 ** -parseInt(FOLLOWS[row * 26 + column] ?? '0', 16);
  }
  return product;
}

/**
 * Beyond this estimated chance per position for all of a name's segments together, the name
 * gets no typo tolerance: its segments would let too much ordinary text past the prefilter.
 */
export const MAX_SEGMENT_CHANCE = 1.5e-4;

/**
 * Every segment holds one of these rare letters. The prefilter groups its anchors by rare
 * letters (./prefilter.ts), and V8 skips through text to them; a segment without one would add
 * a group of common letters, another full pass over every text node.
 */
const RARE_LETTER = /[zxkvbp]/;

/**
 * Frequent English words whose letters the bigram estimate above cannot see through: a segment
 * inside one of them passes much ordinary text. Measured on 3,096 English prose paragraphs
 * (licence texts and package READMEs): "plac" (Placidiax's, inside place and replace) let 2.8%
 * of them past the prefilter on its own; "placi" 0.16%.
 */
const FREQUENT_WORDS: readonly string[] = ['place', 'replace', 'people', 'example', 'problem', 'keep', 'back', 'above'];

function insideFrequentWord(segment: string): boolean {
  return FREQUENT_WORDS.some((word) => word.includes(segment));
}

/**
 * `pieces` segments of `name`, each at least MIN_SEGMENT letters with a rare letter and at least
 * one letter between two of them, chosen so that together they are as unlikely as possible in text.
 */
export function segmentsOf(name: string, pieces: number): { segments: string[]; chance: number } | undefined {
  let best: { segments: string[]; chance: number } | undefined;
  const place = (from: number, left: number, chosen: string[]) => {
    if (left === 0) {
      const total = chosen.reduce((sum, segment) => sum + chance(segment), 0);
      if (!best || total < best.chance) best = { segments: [...chosen], chance: total };
      return;
    }
    for (let start = from; start <= name.length - MIN_SEGMENT; start++) {
      for (let end = start + MIN_SEGMENT; end <= name.length; end++) {
        // Room for the segments still to place, each with its gap.
        if (name.length - end - 1 < (left - 1) * (MIN_SEGMENT + 1) - 1) break;
        const segment = name.slice(start, end);
        if (!RARE_LETTER.test(segment) || insideFrequentWord(segment)) continue;
        chosen.push(segment);
        place(end + 1, left - 1, chosen);
        chosen.pop();
      }
    }
  };
  place(0, pieces, []);
  return best;
}

/**
 * The typo search's data (built once, at build time; ./run.ts reads words with it): each name
 * that takes typos with its edits and value, the segments for the prefilter, and the other
 * drugs' names a typo must not be as close to.
 */
export function typoData<T>(
  bases: readonly TypoBase<T>[],
  guards: readonly string[],
  /** Guards the reader will be given anyway (typoSearchFrom's `guards`): left out of the data. */
  givenGuards: readonly string[] = [],
): TypoData<T> | undefined {
  const ours: TypoData<T>['ours'] = [];
  const seen = new Set<string>();
  const segments = new Set<string>();
  for (const base of bases) {
    const folded = foldedLetters(base.name);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    // Fewer edits where the segments for more would pass too much text.
    let edits = editsAllowed(folded.length);
    let split = edits > 0 ? segmentsOf(folded, edits + 1) : undefined;
    while (edits > 1 && (!split || split.chance > MAX_SEGMENT_CHANCE)) split = segmentsOf(folded, --edits + 1);
    if (!split || split.chance > MAX_SEGMENT_CHANCE) continue;
    ours.push([folded, edits, base.owner, base.value]);
    for (const segment of split.segments) segments.add(segment);
  }
  if (ours.length === 0) return undefined;
  const allOurs = new Set(bases.map((base) => foldedLetters(base.name)).filter((name) => name !== undefined));
  const others = [...new Set(guards.map(foldedLetters).filter((name): name is string => name !== undefined))].filter(
    (name) => !allOurs.has(name),
  );
  const given = new Set(givenGuards.map(foldedLetters).filter((name) => name !== undefined));
  return {
    ours,
    segments: [...segments].sort((a, b) => b.length - a.length),
    others: others.filter((name) => !given.has(name)),
    notOthers: [...given].filter((name) => allOurs.has(name)),
  };
}

/** typoData and typoSearchFrom in one step. */
export function compileTypoSearch<T>(
  bases: readonly TypoBase<T>[],
  guards: readonly string[],
): TypoSearch<T> | undefined {
  const data = typoData(bases, guards);
  return data && typoSearchFrom(data);
}
