/**
 * The matcher is compiled from data alone: a second, synthetic drug is found without any code
 * change, name precedence follows the data's order, interaction-table names are found as
 * interactants, and every name in the bundled data is found when it stands alone.
 */
import { describe, expect, it } from 'vitest';
import { clonazepam } from '../../src/drugs/clonazepam';
import { BUNDLED_DRUGS } from '../../src/drugs';
import type { DrugNames } from '../../src/drugs/schema';
import { compileMatcher, type MatcherDrug } from '../../src/matcher';

function names(partial: Partial<DrugNames>): DrugNames {
  return {
    generic: [],
    brands: [],
    internationalBrands: [],
    misspellings: [],
    slang: [],
    otherLanguages: [],
    ...partial,
  };
}

const src = { sources: ['test'] };

/** A made-up second drug, in the shape the data files use. */
const alprazolam: MatcherDrug = {
  id: 'alprazolam',
  names: names({
    generic: ['alprazolam'],
    brands: [{ name: 'Xanax', ...src }],
    internationalBrands: [{ name: 'Xanor', countries: ['Sweden'], ...src }],
    misspellings: ['alprazolan'],
    slang: [{ name: 'xanny', ...src }],
    otherLanguages: [{ name: 'алпразолам', lang: 'ru', ...src }],
  }),
  interactions: [{ id: 'benzodiazepines', members: [{ generic: 'clonazepam', brands: ['Klonopin'] }] }],
};

const clonazepamWithInteractions: MatcherDrug = {
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
    { id: 'benzodiazepines', members: [{ generic: 'alprazolam', brands: ['Xanax'] }] },
    { id: 'enzyme-inducers', members: [{ generic: "St John's wort", brands: [] }] },
    { id: 'valproate', members: [{ generic: 'valproic acid', brands: ['Depakote'] }] },
    // Listed again under a second interaction: the first listing wins.
    {
      id: 'cyp3a-inhibitors',
      members: [
        { generic: 'alcohol', brands: [] },
        { generic: 'fluconazole', brands: [] },
      ],
    },
  ],
};

function written(text: string, match: { start: number; end: number }): string {
  return text.slice(match.start, match.end);
}

describe('a second drug from data alone', () => {
  const both = compileMatcher([clonazepam, alprazolam]);

  it('is found next to clonazepam with its own id and kinds', () => {
    const text = 'Xanax (alprazolam) or Klonopin; xanny, Xanor, alprazolan, алпразоламом.';
    expect(both.findMentions(text).map((m) => [written(text, m), m.drugId, m.kind, m.variant])).toEqual([
      ['Xanax', 'alprazolam', 'brand', 'Xanax'],
      ['alprazolam', 'alprazolam', 'generic', 'alprazolam'],
      ['Klonopin', 'clonazepam', 'brand', 'Klonopin'],
      ['xanny', 'alprazolam', 'slang', 'xanny'],
      ['Xanor', 'alprazolam', 'brand', 'Xanor'],
      ['alprazolan', 'alprazolam', 'misspelling', 'alprazolan'],
      ['алпразоламом', 'alprazolam', 'foreign', 'алпразолам'],
    ]);
  });

  it('gets the plural with -es and the possessive', () => {
    const text = "Xanaxes and Xanax's";
    expect(both.findMentions(text).map((m) => written(text, m))).toEqual(['Xanaxes', "Xanax's"]);
  });

  it('is not found by a matcher compiled without it', () => {
    const onlyClonazepam = compileMatcher([{ id: clonazepam.id, names: clonazepam.names }]);
    expect(onlyClonazepam.findMentions('Xanax and alprazolam')).toEqual([]);
    expect(onlyClonazepam.mayMatch('Xanax and alprazolam')).toBe(false);
  });

  it('makes clonazepam findable only when clonazepam is compiled in', () => {
    const onlyAlprazolam = compileMatcher([{ id: alprazolam.id, names: alprazolam.names }]);
    expect(onlyAlprazolam.findMentions('Klonopin and Xanax').map((m) => m.drugId)).toEqual(['alprazolam']);
  });
});

describe('a name written in characters outside the BMP (surrogate pairs)', () => {
  const gothic = compileMatcher([{ id: 'gothic', names: names({ generic: ['\u{10330}\u{10331}\u{10332}'] }) }]);
  it('keeps word boundaries and UTF-16 offsets, and a rejected candidate does not stall the scan', () => {
    const name = '\u{10330}\u{10331}\u{10332}';
    const text = `${name} x${name} \u{10331}${name} ${name}`;
    expect(gothic.findMentions(text).map((m) => [m.start, m.end])).toEqual([
      [0, 6],
      [text.length - 6, text.length],
    ]);
  });
});

describe('an empty set of drugs', () => {
  const empty = compileMatcher([]);
  it('matches nothing', () => {
    expect(empty.mayMatch('Klonopin clonazepam')).toBe(false);
    expect(empty.findMentions('Klonopin clonazepam')).toEqual([]);
    expect(empty.findInteractants('oxycodone')).toEqual([]);
  });
});

describe('precedence of names listed more than once', () => {
  const drug: MatcherDrug = {
    id: 'foozepam',
    names: names({
      generic: ['foozepam'],
      brands: [{ name: 'Fooz', ...src }],
      misspellings: ['FOOZEPAM', 'foozepan', 'Foozina'],
      slang: [
        { name: 'fooz', ...src },
        { name: 'foozina', ...src },
      ],
      otherLanguages: [
        { name: 'foozépan', lang: 'fr', ...src },
        { name: 'foozepan', lang: 'es', ...src },
      ],
    }),
  };
  const matcher = compileMatcher([drug]);
  const kindOf = (text: string) => matcher.findMentions(text).map((m) => [m.kind, m.variant]);

  it('generic over misspelling', () => expect(kindOf('Foozepam')).toEqual([['generic', 'foozepam']]));
  it('brand over slang', () => expect(kindOf('FOOZ')).toEqual([['brand', 'Fooz']]));
  it('foreign over misspelling', () => expect(kindOf('foozepan')).toEqual([['foreign', 'foozepan']]));
  it('misspelling over slang', () => expect(kindOf('foozina')).toEqual([['misspelling', 'Foozina']]));
  it('an accented name also matches unaccented when nothing else claims that spelling', () => {
    const accented = compileMatcher([
      { id: 'x', names: names({ otherLanguages: [{ name: 'Médoc', lang: 'fr', ...src }] }) },
    ]);
    expect(accented.findMentions('medoc and me\u0301doc and MÉDOC').map((m) => [m.start, m.end, m.variant])).toEqual([
      [0, 5, 'Médoc'],
      [10, 16, 'Médoc'],
      [21, 26, 'Médoc'],
    ]);
  });

  it('the first drug listed wins a name two drugs share', () => {
    const other: MatcherDrug = { id: 'other', names: names({ brands: [{ name: 'Fooz', ...src }] }) };
    expect(compileMatcher([drug, other]).findMentions('Fooz')[0]?.drugId).toBe('foozepam');
    expect(compileMatcher([other, drug]).findMentions('Fooz')[0]?.drugId).toBe('other');
  });
});

describe('findInteractants', () => {
  const matcher = compileMatcher([clonazepamWithInteractions, alprazolam]);

  it('finds generic names, brands and aliases with their member and interaction', () => {
    const text = "Klonopin with OxyContin's dose, Percocet, oxycodone, a beer and St John\u2019s  wort.";
    expect(
      matcher.findInteractants(text).map((m) => [written(text, m), m.drugId, m.interactionId, m.member, m.variant]),
    ).toEqual([
      ["OxyContin's", 'clonazepam', 'opioids', 'oxycodone', 'OxyContin'],
      ['Percocet', 'clonazepam', 'opioids', 'oxycodone', 'Percocet'],
      ['oxycodone', 'clonazepam', 'opioids', 'oxycodone', 'oxycodone'],
      ['beer', 'clonazepam', 'alcohol', 'alcohol', 'beer'],
      ['St John\u2019s  wort', 'clonazepam', 'enzyme-inducers', "St John's wort", "St John's wort"],
    ]);
  });

  it('needs word boundaries and ignores case', () => {
    const text = 'TRAMADOL, Ultrams, tramadolol, xbeer, beerx, Valproic  Acid';
    expect(matcher.findInteractants(text).map((m) => written(text, m))).toEqual([
      'TRAMADOL',
      'Ultrams',
      'Valproic  Acid',
    ]);
  });

  it('takes the first interaction that lists a name', () => {
    expect(matcher.findInteractants('alcohol').map((m) => m.interactionId)).toEqual(['alcohol']);
  });

  it('never reports a bundled drug mention as an interactant', () => {
    // clonazepam's table lists Xanax and alprazolam, and alprazolam's lists Klonopin: all three are drug mentions here.
    const text = 'Xanax, alprazolam and Klonopin with tramadol';
    expect(matcher.findMentions(text).map((m) => written(text, m))).toEqual(['Xanax', 'alprazolam', 'Klonopin']);
    expect(matcher.findInteractants(text).map((m) => written(text, m))).toEqual(['tramadol']);
  });

  it('reports the table names when that drug is not bundled', () => {
    const alone = compileMatcher([clonazepamWithInteractions]);
    const text = 'Xanax and alprazolam';
    expect(alone.findInteractants(text).map((m) => [written(text, m), m.interactionId])).toEqual([
      ['Xanax', 'benzodiazepines'],
      ['alprazolam', 'benzodiazepines'],
    ]);
    expect(alone.mayMatch(text)).toBe(true);
  });
});

describe('every name in BUNDLED_DRUGS', () => {
  const matcher = compileMatcher(BUNDLED_DRUGS);
  const fold = (name: string) => name.normalize('NFC').toLowerCase();

  const drugNames = BUNDLED_DRUGS.flatMap((drug) => {
    const n = drug.names;
    return [
      ...n.generic,
      ...n.brands.map((b) => b.name),
      ...n.internationalBrands.map((b) => b.name),
      ...n.otherLanguages.map((f) => f.name),
      ...n.misspellings,
      ...n.slang.map((s) => s.name),
    ].map((name) => ({ drugId: drug.id, name }));
  });
  const memberNames = BUNDLED_DRUGS.flatMap((drug) =>
    (drug.interactions ?? []).flatMap((interaction) =>
      interaction.members.flatMap((member) =>
        [member.generic, ...member.brands, ...(member.aliases ?? [])].map((name) => ({ member: member.generic, name })),
      ),
    ),
  );

  it('has names to check', () => expect(drugNames.length).toBeGreaterThan(10));

  it.each(drugNames)('drug name $name ($drugId) is found on its own', ({ drugId, name }) => {
    expect(matcher.mayMatch(name)).toBe(true);
    const matches = matcher.findMentions(name);
    expect(matches.map((m) => [m.start, m.end, m.drugId])).toEqual([[0, name.length, drugId]]);
    // The reported variant is the same spelling (the kind listed first may own it).
    expect(fold(matches[0]?.variant ?? '')).toBe(fold(name));
  });

  it.each(memberNames.length > 0 ? memberNames : [{ member: '', name: '' }])(
    'interaction name "$name" is found on its own',
    ({ member, name }) => {
      if (name === '') return; // No interaction data bundled yet.
      expect(matcher.mayMatch(name)).toBe(true);
      const asMention = matcher.findMentions(name);
      if (asMention.length > 0) {
        // A bundled drug's own name: reported as a mention, never as an interactant.
        expect(asMention.map((m) => [m.start, m.end])).toEqual([[0, name.length]]);
        expect(matcher.findInteractants(name)).toEqual([]);
        return;
      }
      const matches = matcher.findInteractants(name);
      expect(matches.map((m) => [m.start, m.end])).toEqual([[0, name.length]]);
      // The first listing of a spelling wins, so the member may differ for a name two members share.
      const owners = memberNames.filter((entry) => fold(entry.name) === fold(name)).map((entry) => entry.member);
      expect(owners).toContain(matches[0]?.member);
      expect(owners).toContain(member);
    },
  );
});
