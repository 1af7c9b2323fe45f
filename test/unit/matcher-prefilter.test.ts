/**
 * The prefilter (Matcher.mayMatch) on text long enough to take its fast path (anchor groups):
 * it is never false where a name is found, it is false on ordinary text, and its groups stay
 * within what V8 can skip through (at most 8 leading letters).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { compileMatcher, type MatcherDrug } from '../../src/matcher';
import { PATTERN_FLAGS, WORD_CHAR, nameUnits } from '../../src/matcher/pattern';
import { anchorAt, anchorSources, letterGroups } from '../../src/matcher/prefilter';
import { readingText, readingView } from '../../src/matcher/reading-view';

const matcher = compileMatcher(BUNDLED_DRUGS);

const drugNames = BUNDLED_DRUGS.flatMap((drug) => {
  const n = drug.names;
  return [
    ...n.generic,
    ...n.brands.map((b) => b.name),
    ...n.internationalBrands.map((b) => b.name),
    ...n.otherLanguages.map((f) => f.name),
    ...n.misspellings,
    ...n.slang.map((s) => s.name),
  ];
});
const memberNames = BUNDLED_DRUGS.flatMap((drug) =>
  (drug.interactions ?? []).flatMap((interaction) =>
    interaction.members.flatMap((member) => [member.generic, ...member.brands, ...(member.aliases ?? [])]),
  ),
);
const allNames = [...drugNames, ...memberNames];

const PROSE =
  'The forum thread went on for pages about sleep, work and the long winter. Someone asked whether the pharmacy opens early on Saturdays. ';

describe('the fast path (text of 32 characters and more)', () => {
  it('finds every bundled name inside long prose, at the start, middle and end', () => {
    for (const name of allNames) {
      for (const text of [`${name} ${PROSE}`, `${PROSE}${name} ${PROSE}`, `${PROSE}${name}`]) {
        expect(matcher.findMentions(text).length + matcher.findInteractants(text).length).toBeGreaterThan(0);
        expect(matcher.mayMatch(text), `${name} in long text`).toBe(true);
        expect(matcher.mayMatch(text.toUpperCase()), `${name} in capitals`).toBe(true);
      }
    }
  });

  it('says false on long prose without a name', () => {
    expect(matcher.mayMatch(PROSE.repeat(20))).toBe(false);
    expect(matcher.mayMatch(`${PROSE}\u2019 ${PROSE}`)).toBe(false);
  });

  it('is never false where a name is found (random Latin-1 text around names, any case, NFC or NFD)', () => {
    const latin1 = fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code));
    const filler = fc.array(fc.oneof(latin1, fc.constantFrom(' ', 'the ', 'pharmacy ', 'a\u0301')), {
      minLength: 10,
      maxLength: 60,
    });
    const name = fc.tuple(
      fc.constantFrom(...allNames),
      fc.constantFrom('listed', 'upper', 'lower'),
      fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'),
    );
    let withFindings = 0;
    fc.assert(
      fc.property(filler, name, filler, ([...before], [written, mode, form], [...after]) => {
        const cased = mode === 'upper' ? written.toUpperCase() : mode === 'lower' ? written.toLowerCase() : written;
        const text = `${before.join('')} ${cased.normalize(form)} ${after.join('')}`;
        if (matcher.findMentions(text).length + matcher.findInteractants(text).length === 0) return;
        withFindings++;
        expect(matcher.mayMatch(text)).toBe(true);
      }),
      { numRuns: 1500 },
    );
    expect(withFindings).toBeGreaterThan(1000);
  });
});

describe('whole-document text (mayMatchAnywhere)', () => {
  const LONG_PROSE = PROSE.repeat(40);
  const wide = `${PROSE}\u2014 \u201cquoted\u201d `.repeat(40);

  it('finds every bundled name in a long text, with a wide character or without, in any case', () => {
    for (const name of allNames) {
      for (const around of [LONG_PROSE, wide]) {
        for (const written of [name, name.toUpperCase()]) {
          const text = `${around}${written} ${around}`;
          expect(matcher.mayMatchAnywhere(text), `${written} in long text`).toBe(true);
        }
      }
    }
  });

  it('says false on long text without a name', () => {
    expect(matcher.mayMatchAnywhere(LONG_PROSE)).toBe(false);
    expect(matcher.mayMatchAnywhere(wide)).toBe(false);
  });

  it('finds a name whose words are apart by a long run of spaces, or broken by a soft hyphen', () => {
    const spaced = `${LONG_PROSE}Klonopin${' \n\t'.repeat(400)}Wafers and St. John's${'\n   '.repeat(300)}wort ${LONG_PROSE}`;
    expect(matcher.findMentions(spaced).length + matcher.findInteractants(spaced).length).toBeGreaterThan(0);
    expect(matcher.mayMatchAnywhere(spaced)).toBe(true);
    const broken = `${LONG_PROSE}Klono\u00ADpin ${LONG_PROSE}`;
    expect(matcher.findMentions(broken)).toHaveLength(1);
    expect(matcher.mayMatchAnywhere(broken)).toBe(true);
  });

  it('gives the same answer as mayMatch on long random text around names (any case, NFC or NFD, soft hyphens)', () => {
    const piece = fc.oneof(
      fc.constantFrom('the ', 'pharmacy ', 'a\u0301', '\u2019', '\u00AD', '   \n  ', 'zeal ', 'spare '),
      fc.integer({ min: 0x20, max: 0x2fff }).map((code) => String.fromCharCode(code)),
    );
    const filler = fc.array(piece, { minLength: 5, maxLength: 40 }).map((parts) => parts.join(''));
    const name = fc.tuple(
      fc.constantFrom(...allNames),
      fc.constantFrom('listed', 'upper'),
      fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'),
    );
    const names = fc.array(
      fc
        .option(name, { nil: undefined })
        .map((written) =>
          written ? (written[1] === 'upper' ? written[0].toUpperCase() : written[0]).normalize(written[2]) : '',
        ),
      { minLength: 1, maxLength: 3 },
    );
    let withNames = 0;
    fc.assert(
      fc.property(filler, names, filler, (before, written, after) => {
        const text = `${LONG_PROSE}${before} ${written.join(` ${after} `)} ${after}`;
        const expected = matcher.mayMatch(text);
        if (expected) withNames++;
        expect(matcher.mayMatchAnywhere(text)).toBe(expected);
      }),
      { numRuns: 300 },
    );
    expect(withNames).toBeGreaterThan(100);
  });
});

describe('reading text', () => {
  it('is the reading view without its offset map', () => {
    const char = fc.oneof(
      fc.constantFrom('\u00AD', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u0130', '\u0131', '\uFF2B', '\uFF5E', 'k'),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(readingText(text)).toBe(readingView(text).text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('minLength', () => {
  it('tells the shortest text worth reading: no name is shorter, the shortest one is that long', () => {
    const lengths = allNames.flatMap((name) => [name.normalize('NFC').length, name.normalize('NFD').length]);
    expect(matcher.minLength).toBeGreaterThan(0);
    expect(Math.min(...lengths)).toBe(matcher.minLength);
    expect(compileMatcher([]).minLength).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('anchor groups', () => {
  const pieces = allNames.map(nameUnits);

  it('start with at most 8 letters each and cover every name with an ASCII letter', () => {
    const groups = letterGroups(pieces);
    expect(groups.length).toBeGreaterThan(0);
    for (const letters of groups) expect(letters.length).toBeLessThanOrEqual(8);
    for (const name of pieces.filter((units) => units.some((unit) => /^[a-z]$/.test(unit)))) {
      expect(groups.some((letters) => name.some((unit) => letters.includes(unit)))).toBe(true);
    }
  });

  it('hold for each name an anchor that matches the name as written', () => {
    const sources = anchorSources(pieces).map((source) => new RegExp(source, PATTERN_FLAGS));
    for (const name of allNames) {
      expect(
        sources.some((pattern) => pattern.test(name)),
        name,
      ).toBe(true);
    }
  });

  it('anchor a name at its rarest letter, looking behind when the letter is near its end, four pieces in all', () => {
    expect(anchorAt(nameUnits('clonazepam'), ['z', 'p'])).toEqual(['z', 'e', 'p', 'a']);
    expect(anchorAt(nameUnits('thc'), ['c'])).toEqual(['c', '(?<=thc)']);
    expect(anchorAt(nameUnits('ghb'), ['b'])).toEqual(['b', '(?<=ghb)']);
    expect(anchorAt(nameUnits('ativan'), ['v'])).toEqual(['v', '(?<=iv)', 'a', 'n']);
    // "tin" would stop at every "routine" or "continue"; "ntin" seldom does.
    expect(anchorAt(nameUnits('neurontin'), ['i'])).toEqual(['i', '(?<=nti)', 'n']);
    expect(anchorAt(nameUnits('alcohol'), ['z'])).toBeUndefined();
  });

  it('work for names made of common letters only, and for names in other scripts', () => {
    const drug: MatcherDrug = {
      id: 'test',
      names: {
        generic: ['thc', 'ethanol'],
        brands: [],
        internationalBrands: [],
        misspellings: [],
        slang: [],
        otherLanguages: [{ name: 'клоназепам', lang: 'ru', sources: ['test'] }],
      },
    };
    const small = compileMatcher([drug]);
    expect(small.mayMatch(`${PROSE}THC oil`)).toBe(true);
    expect(small.mayMatch(`${PROSE}Ethanol`)).toBe(true);
    expect(small.mayMatch(`${PROSE}Клоназепама`)).toBe(true);
    expect(small.mayMatch(`${PROSE}${PROSE}`)).toBe(false);
    expect(small.mayMatch(`${PROSE} the hc and etha nol`)).toBe(false);
  });

  it('check names without an ASCII letter in Latin-1 text when they can be written in it', () => {
    // "ñàé" has no plain ASCII letter piece, but its accents may be left out: "nae" is Latin-1.
    const accented = compileMatcher([
      {
        id: 'test',
        names: {
          generic: ['ñàé'],
          brands: [],
          internationalBrands: [],
          misspellings: [],
          slang: [],
          otherLanguages: [],
        },
      },
    ]);
    for (const written of ['ñàé', 'NAE', 'ÑAÉ', 'nae']) {
      const text = `${PROSE}${written} ${PROSE}`;
      expect(accented.findMentions(text), written).toHaveLength(1);
      expect(accented.mayMatch(text), written).toBe(true);
    }
    expect(accented.mayMatch(`${PROSE}${PROSE}`)).toBe(false);
  });
});

describe('the word-boundary class', () => {
  it('is closed under case folding, so matching it case-sensitively inside the case-insensitive pattern changes nothing', () => {
    const everyCodePoint: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++)
      if (code < 0xd800 || code > 0xdfff) everyCodePoint.push(String.fromCodePoint(code));
    const text = everyCodePoint.join('');
    const keptSensitive = text.replace(new RegExp(WORD_CHAR, 'gv'), '');
    const keptInsensitive = text.replace(new RegExp(WORD_CHAR, 'giv'), '');
    expect(keptSensitive.length).toBeGreaterThan(0);
    expect(keptSensitive.length).toBeLessThan(text.length);
    expect(keptInsensitive === keptSensitive).toBe(true);
  });
});
