/**
 * Folding of names and matched text into lookup keys. Only the short matched core is ever
 * normalized; the scanned text itself is never changed, so match offsets index the original.
 */

const DASHES = /[\u2010-\u2013\u2212]/g;
const APOSTROPHES = /[\u2019\u02BC]/g;
const WHITESPACE_RUNS = /\s+/g;
const MARKS = /\p{M}/gu;

/** The key two spellings share when they differ only in case, NFC/NFD, dash, apostrophe or spacing. */
export function foldKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(APOSTROPHES, "'")
    .replace(WHITESPACE_RUNS, ' ');
}

/** foldKey without accents: "clonazépam" and "clonazepam" share it. */
export function foldKeyWithoutMarks(text: string): string {
  return foldKey(text.normalize('NFD').replace(MARKS, ''));
}
