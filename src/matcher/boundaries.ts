/**
 * The regex flags and word boundaries every pattern uses, for building patterns (at build time)
 * and for running them (in every frame). Split from ./pattern.ts so that the content script
 * carries only what it runs: the patterns themselves are built once, at build time (./data.ts).
 * All patterns use PATTERN_FLAGS: `i` for case (Tall Man "clonazePAM" is just case) and `v`
 * for Unicode properties and class subtraction.
 */

export const PATTERN_FLAGS = 'iv';

/**
 * Scripts written without spaces between words: names in them match without word boundaries.
 * Korean uses spaces but attaches particles (클로나제팜은, 클로나제팜을), so Hangul is here too.
 */
export const SPACELESS_SCRIPTS =
  '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';

/**
 * A character that continues a word. Letters of spaceless scripts do not count, so
 * "服用Klonopin" still has a boundary before the Latin name.
 */
export const WORD_CHAR = `[[\\p{L}\\p{M}\\p{N}]--[${SPACELESS_SCRIPTS}]]`;

/** Whether the engine has RegExp modifiers, (?-i:...): Chrome 125, Firefox 132; Node 20 (unit tests) has not. */
function hasModifiers(): boolean {
  try {
    return new RegExp('(?-i:a)', 'iv').test('a');
  } catch {
    return false;
  }
}

let modifiers: boolean | undefined;

/**
 * A class of characters that is closed under case folding (a test checks it) matches the same
 * with and without `i`; without it, V8 skips computing the case closure of these thousands of
 * ranges, about 5 ms of compiling each pattern that holds one, in every frame. Asked of the
 * engine that runs the pattern (so never baked into patterns built at build time).
 */
export function caseSensitive(source: string): string {
  modifiers ??= hasModifiers();
  return modifiers ? `(?-i:${source})` : source;
}

export const LEFT_BOUNDARY = `(?<!${WORD_CHAR})`;
export function rightBoundary(): string {
  return caseSensitive(`(?!${WORD_CHAR})`);
}
