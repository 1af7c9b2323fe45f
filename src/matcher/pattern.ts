/**
 * Regex source for one name, character by character (flags and word boundaries: ./boundaries.ts).
 */

import { LEFT_BOUNDARY, PATTERN_FLAGS, SPACELESS_SCRIPTS, WORD_CHAR, rightBoundary } from './boundaries';

export { LEFT_BOUNDARY, PATTERN_FLAGS, WORD_CHAR };
export const RIGHT_BOUNDARY = rightBoundary();

const SPACELESS_CHAR = new RegExp(`[${SPACELESS_SCRIPTS}]`, 'v');
const LATIN_CHAR = /\p{Script=Latin}/u;

export function isSpacelessChar(char: string): boolean {
  return SPACELESS_CHAR.test(char);
}

export function isLatinChar(char: string): boolean {
  return LATIN_CHAR.test(char);
}

const SYNTAX_CHARS = /[\\^$.*+?()[\]{}|/]/g;

/** Escapes a literal for use outside a character class (u/v mode allows escaping only syntax characters). */
export function escapeLiteral(text: string): string {
  return text.replace(SYNTAX_CHARS, '\\$&');
}

const DASH = /^[-\u2010-\u2013\u2212]$/;
const APOSTROPHE = /^['\u2019\u02BC]$/;
const WHITESPACE = /^\s+$/;
const DASH_CLASS = '[\\-\\u2010-\\u2013\\u2212]';
export const APOSTROPHE_CLASS = "['\\u2019\\u02BC]";

/**
 * One regex piece per character of the name (a run of spaces is one piece). A character with a
 * decomposition matches composed or decomposed (NFC or NFD text); for Latin letters the accent
 * may also be left out, as people often type "clonazepam" for "clonazépam".
 */
export function nameUnits(name: string): string[] {
  const units: string[] = [];
  const tokens =
    name
      .normalize('NFC')
      .trim()
      .match(/\s+|\P{M}\p{M}*/gu) ?? [];
  for (const token of tokens) {
    if (WHITESPACE.test(token)) units.push('\\s+');
    else if (DASH.test(token)) units.push(DASH_CLASS);
    else if (APOSTROPHE.test(token)) units.push(APOSTROPHE_CLASS);
    else units.push(charUnit(lowerCaseKeepingLength(token)));
  }
  return units;
}

/** The pattern is case-insensitive; lower case only lets names share trie prefixes. */
function lowerCaseKeepingLength(token: string): string {
  const lower = token.toLowerCase();
  return lower.length === token.length ? lower : token;
}

/**
 * Letters written differently in Arabic and in Persian (and Urdu) typing: a name listed in Arabic
 * script matches with either keyboard's letters (ك/ک kaf, ي/ی/ى yeh).
 */
const SAME_LETTER: Readonly<Record<string, string>> = {
  '\u0643': '[\u0643\u06A9]',
  '\u06A9': '[\u0643\u06A9]',
  '\u064A': '[\u064A\u06CC\u0649]',
  '\u06CC': '[\u064A\u06CC\u0649]',
};

function charUnit(char: string): string {
  const same = SAME_LETTER[char];
  if (same !== undefined) return same;
  const decomposed = char.normalize('NFD');
  if (decomposed === char) return escapeLiteral(char);
  const [base = '', ...marks] = Array.from(decomposed);
  const markSource = escapeLiteral(marks.join(''));
  if (isLatinChar(base)) return `(?:${escapeLiteral(char)}|${escapeLiteral(base)}(?:${markSource})?)`;
  return `(?:${escapeLiteral(char)}|${escapeLiteral(decomposed)})`;
}

/** A longest-first alternation of literal strings ('' allowed, and made optional). */
export function literalAlternation(options: readonly string[]): string {
  const nonEmpty = [...new Set(options.filter((option) => option !== ''))].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  if (nonEmpty.length === 0) return '';
  const group = `(?:${nonEmpty.map(escapeLiteral).join('|')})`;
  return options.includes('') ? `${group}?` : group;
}
