/**
 * Text folding shared by search and the interaction checker: case, accents and punctuation
 * differences should never decide whether something is found.
 */

/** Folds one string: lower case, accents removed (é → e), compatibility forms unified. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folds and drops everything that is not a letter or digit: "K-pin" → "kpin", "St. John's" → "stjohns". */
export function foldKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words of a folded text: runs of letters and digits. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 position in `folded`, the start of the original character it came from. */
  starts: number[];
  /** For each UTF-16 position in `folded`, the end of the original character it came from. */
  ends: number[];
}

/** Folds a text while remembering where each folded character came from, to mark matches in the original. */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let i = 0; i < piece.length; i++) {
      starts.push(index);
      ends.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { folded, starts, ends };
}

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
