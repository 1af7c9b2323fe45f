/**
 * Property-based tests of the matcher (fast-check):
 * - text that cannot spell any name (random Unicode included) never matches;
 * - a listed name inserted at a word boundary, in any case, composed or decomposed, with any
 *   ending its language allows, is found exactly there, with the right drug, kind and variant;
 * - findings agree with a naive scan for the Latin-script names, and are all well-formed;
 * - mayMatch is never false when findMentions or findInteractants finds something.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clonazepam } from '../../src/drugs/clonazepam';
import type { VariantKind } from '../../src/drugs/schema';
import { compileMatcher, type MatcherDrug } from '../../src/matcher';

const drug: MatcherDrug = {
  ...clonazepam,
  interactions: [
    {
      id: 'opioids',
      members: [
        { generic: 'oxycodone', brands: ['OxyContin', 'Percocet'] },
        { generic: 'tramadol', brands: ['Ultram'] },
      ],
    },
    { id: 'alcohol', members: [{ generic: 'alcohol', brands: [], aliases: ['beer', 'wine'] }] },
    { id: 'enzyme-inducers', members: [{ generic: "St John's wort", brands: [] }] },
  ],
};
const matcher = compileMatcher([drug]);

// ---- The names, with what the matcher should report for each (an oracle written from the data) ----

const KIND_ORDER: VariantKind[] = ['generic', 'brand', 'foreign', 'misspelling', 'slang'];
const n = drug.names;
const listed: { name: string; kind: VariantKind; lang?: string }[] = [
  ...n.generic.map((name) => ({ name, kind: 'generic' as const })),
  ...[...n.brands, ...n.internationalBrands].map(({ name }) => ({ name, kind: 'brand' as const })),
  ...n.otherLanguages.map(({ name, lang }) => ({ name, kind: 'foreign' as const, lang })),
  ...n.misspellings.map((name) => ({ name, kind: 'misspelling' as const })),
  ...n.slang.map(({ name }) => ({ name, kind: 'slang' as const })),
].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));

const fold = (text: string) => text.normalize('NFC').toLowerCase();

/** The listing that owns a spelling: the first kind in precedence order. */
function owner(name: string) {
  const found = listed.find((entry) => fold(entry.name) === fold(name));
  if (!found) throw new Error(`no listing for ${name}`);
  return found;
}

const memberNames = (drug.interactions ?? []).flatMap((interaction) =>
  interaction.members.flatMap((member) =>
    [member.generic, ...member.brands, ...(member.aliases ?? [])].map((name) => ({
      name,
      member: member.generic,
      interactionId: interaction.id,
    })),
  ),
);
const allNames = [...listed.map((entry) => entry.name), ...memberNames.map((entry) => entry.name)];

/** How a name may be written in running text: [word before the name, word, after]. */
function writtenForms(entry: { name: string; lang?: string }): { prefix: string; stem: string; ending: string }[] {
  const lang = entry.lang?.split('-')[0];
  const { name } = entry;
  if (lang === 'ru') {
    return ['', 'а', 'у', 'ом', 'е', 'ами'].map((ending) => ({ prefix: '', stem: name, ending }));
  }
  if (lang === 'uk') {
    return ['', 'а', 'у', 'ом', 'і', 'ами'].map((ending) => ({ prefix: '', stem: name, ending }));
  }
  if (lang === 'ka') {
    return ['ი', 'ის', 'ით', 'ს', 'მა'].map((ending) => ({ prefix: '', stem: name.slice(0, -1), ending }));
  }
  if (lang === 'ar') return ['', 'و', 'ال', 'وال', 'بال', 'لل'].map((prefix) => ({ prefix, stem: name, ending: '' }));
  if (/\p{Script=Latin}$/u.test(name)) {
    return ['', 's', "'s", '\u2019s', '®', '™', ' ®', "®'s"].map((ending) => ({ prefix: '', stem: name, ending }));
  }
  return ['', '®'].map((ending) => ({ prefix: '', stem: name, ending }));
}

// ---- Text that cannot spell a name ----

/** Every match contains a name's first character (in some case, composed or not): leave those out. */
const nameStarts = new Set(
  allNames.flatMap((name) => [...name.normalize('NFC').slice(0, 1), ...name.normalize('NFD').slice(0, 1)]),
);
const classOf = (chars: Iterable<string>) =>
  [...chars].map((char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`).join('');
const NAME_START = new RegExp(`[${classOf(nameStarts)}]`, 'iv');
/** A trademark sign after a separator would join the span; the affix tests cover it. */
const JOINS_SPAN = /[®™]/u;
const isSafe = (char: string) => !NAME_START.test(char) && !JOINS_SPAN.test(char);

/**
 * Pieces of names without their first letters: the text most likely to fool a matcher. Three
 * letters off, so that no piece is a typo within reach of a name (one or two edits).
 */
const nearMisses = allNames
  .flatMap((name) => [name.slice(3), name.slice(3, -1), `${name.slice(3)}s`])
  .filter((piece) => [...piece].every(isSafe));

const safeChar = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
    fc.constantFrom('\u0301', '\u00A0', '-', "'", '\u2019', 'é', 'ё', 'の', '漢', 'ა', 'ب', '한'),
  )
  .filter((char) => [...char].every(isSafe));
const safeText = fc
  .array(fc.oneof(safeChar, fc.constantFrom(...nearMisses)), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** Never part of a word and never joined to a name's span. */
const separator = fc.constantFrom(
  ' ',
  '\n',
  '\t',
  '\u00A0',
  '(',
  ')',
  '"',
  '“',
  '”',
  '«',
  '»',
  ', ',
  '. ',
  '; ',
  '/',
  ':',
  '!',
  '?',
  '—',
  '-',
);

const caseOf = fc.constantFrom('listed', 'upper', 'lower');
const applyCase = (text: string, mode: string) =>
  mode === 'upper' ? text.toUpperCase() : mode === 'lower' ? text.toLowerCase() : text;
const formOf = fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD');

describe('properties', () => {
  it('text that cannot spell a name never matches, and mayMatch says so', () => {
    fc.assert(
      fc.property(safeText, (text) => {
        expect(matcher.findMentions(text)).toEqual([]);
        expect(matcher.findInteractants(text)).toEqual([]);
        expect(matcher.mayMatch(text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a drug name inserted at a boundary is found exactly there, with its kind and variant', () => {
    const entryWithForm = fc
      .constantFrom(...listed)
      .chain((entry) => fc.tuple(fc.constant(entry), fc.constantFrom(...writtenForms(entry))));
    fc.assert(
      fc.property(
        safeText,
        separator,
        entryWithForm,
        caseOf,
        formOf,
        separator,
        safeText,
        (before, left, [entry, form], mode, nf, right, after) => {
          const word = applyCase(form.prefix + form.stem + form.ending, mode).normalize(nf);
          const text = before + left + word + right + after;
          const start = before.length + left.length;
          const expectedOwner = owner(entry.name);
          expect(matcher.findMentions(text)).toEqual([
            {
              start,
              end: start + word.length,
              drugId: 'clonazepam',
              kind: expectedOwner.kind,
              variant: expectedOwner.name,
            },
          ]);
          expect(matcher.findInteractants(text)).toEqual([]);
          expect(matcher.mayMatch(text)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an interaction-table name inserted at a boundary is found exactly there', () => {
    fc.assert(
      fc.property(
        safeText,
        separator,
        fc.constantFrom(...memberNames),
        caseOf,
        separator,
        safeText,
        (before, left, entry, mode, right, after) => {
          const word = applyCase(entry.name, mode);
          const text = before + left + word + right + after;
          const start = before.length + left.length;
          expect(matcher.findMentions(text)).toEqual([]);
          expect(matcher.findInteractants(text)).toEqual([
            {
              start,
              end: start + word.length,
              drugId: 'clonazepam',
              interactionId: entry.interactionId,
              member: entry.member,
              variant: entry.name,
            },
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with a naive scan for the Latin-script names, and every finding is well-formed', () => {
    const latinNames = listed.filter(
      (entry) => /^[\p{Script=Latin}-]+$/u.test(entry.name) && entry.name === entry.name.normalize('NFD'),
    );
    const letters = [
      ...new Set(latinNames.flatMap((entry) => [...entry.name.toLowerCase(), ...entry.name.toUpperCase()])),
    ];
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...letters, ' ', '.', "'", '-', '2') },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...latinNames.map((entry) => entry.name))
          .chain((name) => caseOf.map((mode) => applyCase(name, mode))),
      },
    );
    const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{M}\p{N}]/u.test(char);
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => {
          const found = matcher.findMentions(text);
          let previousEnd = 0;
          for (const match of found) {
            expect(match.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = match.end;
            expect(isWordChar(text[match.start - 1])).toBe(false);
            expect(isWordChar(text[match.end])).toBe(false);
            // A typo is a whole word near the listed name (matcher-typos.test.ts checks how near).
            if (match.typo) continue;
            const written = text.slice(match.start, match.end).toLowerCase();
            const variant = match.variant.toLowerCase();
            expect(written.startsWith(variant)).toBe(true);
            expect(written.slice(variant.length)).toMatch(/^(e?s)?('s)?$/);
            expect(isWordChar(text[match.start - 1])).toBe(false);
            expect(isWordChar(text[match.end])).toBe(false);
            expect(match.kind).toBe(owner(match.variant).kind);
          }
          const lower = text.toLowerCase();
          for (const { name } of latinNames) {
            const needle = name.toLowerCase();
            for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
              if (isWordChar(text[at - 1]) || isWordChar(text[at + needle.length])) continue;
              expect(found.some((match) => match.start <= at && match.end >= at + needle.length)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mayMatch is never false when something would be found', () => {
    let withFindings = 0;
    const nameWritten = fc
      .tuple(fc.constantFrom(...listed, ...memberNames.map(({ name }) => ({ name }))), caseOf, formOf)
      .chain(([entry, mode, nf]) =>
        fc
          .constantFrom(...writtenForms(entry))
          .map((form) => applyCase(form.prefix + form.stem + form.ending, mode).normalize(nf)),
      );
    const fragment = fc
      .constantFrom(...allNames)
      .chain((name) =>
        fc.tuple(fc.nat(name.length), fc.nat(name.length)).map(([a, b]) => name.slice(Math.min(a, b), Math.max(a, b))),
      );
    const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
    const text = fc
      .array(fc.oneof(nameWritten, fragment, separator, anyChar, safeChar), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const finds = matcher.findMentions(sample).length + matcher.findInteractants(sample).length;
        if (finds > 0) {
          withFindings++;
          expect(matcher.mayMatch(sample)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    // The property is only worth something if the samples often hold a match.
    expect(withFindings).toBeGreaterThan(100);
  });
});
