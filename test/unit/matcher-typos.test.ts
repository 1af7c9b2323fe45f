/**
 * Typo tolerance at match time: a word one edit (a letter added, dropped, replaced, or two
 * swapped) from a long listed name is read as that name; a word at least as close to another
 * drug's name (look-alikes, interaction-table names) never is. Examples from real writing, then
 * fast-check properties for both directions, with an edit-distance oracle written here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { clonazepam } from '../../src/drugs/clonazepam';
import { compileMatcher } from '../../src/matcher';
import { LOOK_ALIKES } from '../../src/matcher/look-alikes';
import { typoData } from '../../src/matcher/typos';
import { typoSearchFrom } from '../../src/matcher/typo-run';

const matcher = compileMatcher(BUNDLED_DRUGS);

function readAs(text: string) {
  return matcher.findMentions(text).map((match) => ({
    written: text.slice(match.start, match.end),
    variant: match.variant,
    typo: match.typo === true,
  }));
}

/** Restricted Damerau-Levenshtein, the plain full-table way. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(up[j] as number, row[j - 1] as number) + 1;
      row[j] = Math.min(row[j] as number, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const names = clonazepam.names;
const listedSpellings = new Set(
  [
    ...names.generic,
    ...[...names.brands, ...names.internationalBrands, ...names.otherLanguages, ...names.slang].map(
      (entry) => entry.name,
    ),
    ...names.misspellings,
  ].map((name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()),
);
const otherNames = [
  ...LOOK_ALIKES,
  ...clonazepam.interactions.flatMap((interaction) =>
    interaction.members.flatMap((member) => [member.generic, ...member.brands, ...(member.aliases ?? [])]),
  ),
]
  .map((name) => name.toLowerCase())
  .filter((name) => /^[a-z]+$/.test(name));

/** The names that must take typos: the generic and the US brand, and the Latin generic. */
const TOLERANT = ['clonazepam', 'klonopin', 'clonazepamum'];

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');

/** One random edit of a word; `from` 1 keeps its first letter. */
function oneEdit(word: string, from = 0) {
  const at = (last: number) => fc.integer({ min: from, max: last });
  return fc.oneof(
    fc.tuple(at(word.length), letter).map(([i, char]) => word.slice(0, i) + char + word.slice(i)),
    at(word.length - 1).map((i) => word.slice(0, i) + word.slice(i + 1)),
    fc.tuple(at(word.length - 1), letter).map(([i, char]) => word.slice(0, i) + char + word.slice(i + 1)),
    at(word.length - 2).map((i) => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)),
  );
}

const nearestOther = (word: string) => Math.min(...otherNames.map((other) => distance(word, other)));
const nearestOurs = (word: string) => Math.min(...[...listedSpellings].map((name) => distance(word, name)));

describe('typos people write are read as the name they meant', () => {
  it.each([
    ['klonpin', 'Klonopin'],
    ['kolonopin', 'Klonopin'],
    ['klonnopin', 'Klonopin'],
    ['klonopion', 'Klonopin'],
    ['Klonopn', 'Klonopin'],
    ['klnoopin', 'Klonopin'],
    ['clonazpam', 'clonazepam'],
    ['clonazeapm', 'clonazepam'],
    ['CLONAZEPAMM', 'clonazepam'],
    ['clonazepanum', 'clonazepamum'],
  ])('%s → %s', (written, meant) => {
    expect(readAs(`I was given ${written} last week`)).toEqual([{ written, variant: meant, typo: true }]);
  });

  it('keeps an English plural in the span', () => {
    expect(readAs('two klonpins')).toEqual([{ written: 'klonpins', variant: 'Klonopin', typo: true }]);
  });

  it('a listed spelling is found as listed, not as a typo', () => {
    expect(readAs('klonipin')).toEqual([{ written: 'klonipin', variant: 'klonipin', typo: false }]);
  });
});

describe('look-alikes are never read as ours', () => {
  it.each([
    'clonidine',
    'cloNIDine',
    'clobazam',
    'clozapine',
    'clorazepate',
    'clonazolam',
    'lorazepam',
    'LORazepam',
    'oxazepam',
    'clonazolan',
    'clonidne',
    'lorazapam',
    'clonazelam',
    'epileptic',
  ])('%s', (word) => {
    expect(readAs(`a note about ${word} here`)).toEqual([]);
  });

  it('short names take no typos (too many ordinary words lie one letter away)', () => {
    expect(readAs('paxum kpinn Zapis')).toEqual([]);
  });

  it('the first letter must stay', () => {
    expect(readAs('xklonopin lonopin aclonazepam')).toEqual([]);
    expect(readAs('kllonopin')).toEqual([{ written: 'kllonopin', variant: 'Klonopin', typo: true }]);
  });

  it('a word glued to a digit or another script is no typo', () => {
    expect(readAs('klonpin2 2klonpin клklonpin')).toEqual([]);
  });
});

describe('the names a typo must not be close to', () => {
  const bases = [{ name: 'Klonopin', owner: 'clonazepam', value: 'Klonopin' }];
  const data = typoData(bases, []);

  it('are read only once a word may be one of ours, and still keep a nearer name from being a typo', () => {
    let asked = 0;
    const search = typoSearchFrom(data!, () => {
      asked++;
      return ['Klonopan'];
    });
    expect(search.find('nothing that reads as a name here, only ordinary words', [])).toEqual([]);
    expect(asked).toBe(0);
    // One edit from Klonopin and from the guard alike: never read as ours.
    expect(search.find('a note on klonopan today', [])).toEqual([]);
    expect(asked).toBe(1);
    expect(search.find('a note on kllonopin today', []).map((match) => match.value)).toEqual(['Klonopin']);
    expect(asked).toBe(1);
  });
});

describe('properties', () => {
  it('one edit of a tolerant name is read as ours exactly when it is closer to ours than to any other drug', () => {
    // The first letter stays: a different one is no typo (tested above).
    const edited = fc.constantFrom(...TOLERANT).chain((name) => oneEdit(name, 1).map((word) => ({ name, word })));
    fc.assert(
      fc.property(edited, fc.constantFrom('lower', 'upper', 'title'), ({ word }, mode) => {
        const written =
          mode === 'upper' ? word.toUpperCase() : mode === 'title' ? word[0]?.toUpperCase() + word.slice(1) : word;
        const found = matcher.findMentions(`see ${written}.`);
        if (listedSpellings.has(word)) return; // a listed spelling in its own right
        const ours = nearestOurs(word);
        const shouldRead = ours >= 1 && nearestOther(word) > ours;
        expect(found.length === 1 && found[0]?.drugId === 'clonazepam').toBe(shouldRead);
        if (shouldRead) expect(matcher.mayMatch(`see ${written}.`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a look-alike or an interaction-table name, or one edit of it, is never read as ours when at least as close to it', () => {
    const edited = fc.constantFrom(...otherNames).chain((name) => fc.oneof(fc.constant(name), oneEdit(name)));
    fc.assert(
      fc.property(edited, (word) => {
        if (listedSpellings.has(word) || nearestOther(word) > nearestOurs(word)) return;
        expect(matcher.findMentions(`about ${word} today`).filter((match) => match.typo)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('a typo match is always a whole word within the allowed edits of the name it is read as', () => {
    const edited = fc
      .constantFrom(...TOLERANT)
      .chain((name) => oneEdit(name).chain((once) => fc.oneof(fc.constant(once), oneEdit(once))));
    fc.assert(
      fc.property(edited, (word) => {
        for (const match of matcher.findMentions(`(${word})`)) {
          if (!match.typo) continue;
          const written = `(${word})`.slice(match.start, match.end).toLowerCase().replace(/s$/, '');
          const meant = match.variant.toLowerCase();
          expect(Math.min(distance(written, meant), distance(`${written}s`, meant))).toBeLessThanOrEqual(
            meant.length >= 12 ? 2 : 1,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
