/**
 * How one listed name is written in running text: the core that must appear, what may be
 * attached before and after it, and whether it needs word boundaries.
 */
import { inflectionFor } from './inflection';
import { isLatinChar, isSpacelessChar } from './pattern';

export interface NameShape {
  /** The part that must appear as listed (the stem for languages that replace an ending). */
  core: string;
  /** Attached particles allowed before the core ('' = none needed). */
  prefixes: readonly string[];
  /** Endings allowed after the core ('' = none needed). */
  endings: readonly string[];
  /** English plural (s, es) and possessive ('s, ’s): Latin-script names in a language without an inflection entry. */
  english: boolean;
  /** Word boundary needed before / after (not for names in scripts written without spaces). */
  leftBoundary: boolean;
  rightBoundary: boolean;
}

const NONE: readonly string[] = [''];

export function shapeOf(name: string, lang?: string): NameShape {
  const listed = name.normalize('NFC').trim();
  const chars = Array.from(listed);
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  const inflection = lang === undefined ? undefined : inflectionFor(lang, listed);
  const stemEnding = inflection?.stemEnding;
  const core =
    stemEnding && listed.endsWith(stemEnding) && listed.length > stemEnding.length
      ? listed.slice(0, -stemEnding.length)
      : listed;
  return {
    core,
    prefixes: inflection?.prefixes ?? NONE,
    endings: inflection?.endings ?? NONE,
    english: !inflection && isLatinChar(last),
    leftBoundary: !isSpacelessChar(first),
    rightBoundary: !isSpacelessChar(last),
  };
}

/** Names with the same key can share one alternation. */
export function shapeKey(shape: NameShape): string {
  return [
    shape.prefixes.join('\u0000'),
    shape.endings.join('\u0000'),
    shape.english,
    shape.leftBoundary,
    shape.rightBoundary,
  ].join('\u0001');
}
