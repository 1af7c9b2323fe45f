/**
 * The matcher on the real clonazepam names: a table of texts with the exact mentions expected
 * (span, kind, listed variant), and texts that must yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { clonazepam } from '../../src/drugs/clonazepam';
import type { VariantKind } from '../../src/drugs/schema';
import { compileMatcher } from '../../src/matcher';

const matcher = compileMatcher([clonazepam]);

/** [written text, kind, listed variant], in order of appearance. */
type Expected = [written: string, kind: VariantKind, variant: string];

/** The mentions as the matcher reports them, plus the written text of each span for readable failures. */
function found(text: string) {
  return matcher.findMentions(text).map((match) => ({ ...match, written: text.slice(match.start, match.end) }));
}

/** The expected mentions with their spans: each written text is looked up after the previous one. */
function expected(text: string, mentions: Expected[]) {
  let from = 0;
  return mentions.map(([written, kind, variant]) => {
    const start = text.indexOf(written, from);
    if (start < 0) throw new Error(`test table error: "${written}" is not in "${text}"`);
    from = start + written.length;
    return { start, end: from, drugId: 'clonazepam', kind, variant, written };
  });
}

const positives: [label: string, text: string, mentions: Expected[]][] = [
  // Every kind of name
  ['generic alone', 'clonazepam', [['clonazepam', 'generic', 'clonazepam']]],
  ['US brand in a sentence', 'She was prescribed Klonopin last year.', [['Klonopin', 'brand', 'Klonopin']]],
  ['second US brand', 'Ceberclon tablets', [['Ceberclon', 'brand', 'Ceberclon']]],
  ['international brand', 'In Canada it is sold as Rivotril.', [['Rivotril', 'brand', 'Rivotril']]],
  ['Japanese brand in Latin script', 'Landsen 0.5 mg', [['Landsen', 'brand', 'Landsen']]],
  [
    'other international brands',
    'Ravotril, Rivatril, Epitril, Clonotril, Paxam, Riklona, Clonapam, Clonopam',
    [
      ['Ravotril', 'brand', 'Ravotril'],
      ['Rivatril', 'brand', 'Rivatril'],
      ['Epitril', 'brand', 'Epitril'],
      ['Clonotril', 'brand', 'Clonotril'],
      ['Paxam', 'brand', 'Paxam'],
      ['Riklona', 'brand', 'Riklona'],
      ['Clonapam', 'brand', 'Clonapam'],
      ['Clonopam', 'brand', 'Clonopam'],
    ],
  ],
  [
    'misspellings',
    'klonipin klonapin klonopen klonepin',
    [
      ['klonipin', 'misspelling', 'klonipin'],
      ['klonapin', 'misspelling', 'klonapin'],
      ['klonopen', 'misspelling', 'klonopen'],
      ['klonepin', 'misspelling', 'klonepin'],
    ],
  ],
  // A historical Roche trademark, so a brand rather than a misspelling.
  ['Clonopin is a brand', 'clonopin', [['clonopin', 'brand', 'Clonopin']]],
  [
    'brands from DrugBank, Merck Index and other copies',
    'Iktorivil, Antelepsin, Lonazep, Kriadex, Linotril, Zapiz',
    [
      ['Iktorivil', 'brand', 'Iktorivil'],
      ['Antelepsin', 'brand', 'Antelepsin'],
      ['Lonazep', 'brand', 'Lonazep'],
      ['Kriadex', 'brand', 'Kriadex'],
      ['Linotril', 'brand', 'Linotril'],
      ['Zapiz', 'brand', 'Zapiz'],
    ],
  ],
  [
    'brands from one country table',
    'Aklonil Epileptil Navotrax Kenoket Zymanta Clonasedan Riuclonaz Tecepin',
    [
      ['Aklonil', 'brand', 'Aklonil'],
      ['Epileptil', 'brand', 'Epileptil'],
      ['Navotrax', 'brand', 'Navotrax'],
      ['Kenoket', 'brand', 'Kenoket'],
      ['Zymanta', 'brand', 'Zymanta'],
      ['Clonasedan', 'brand', 'Clonasedan'],
      ['Riuclonaz', 'brand', 'Riuclonaz'],
      ['Tecepin', 'brand', 'Tecepin'],
    ],
  ],
  ['Latin (the INN form in pharmacopoeias)', 'Clonazepamum', [['Clonazepamum', 'foreign', 'clonazepamum']]],
  ['Ukrainian brand in capitals', 'РІВОТРІЛ 0,5 мг', [['РІВОТРІЛ', 'foreign', 'рівотріл']]],
  ['Ukrainian brand inflected', 'про Рівотрілу', [['Рівотрілу', 'foreign', 'рівотріл']]],
  ['Russian generic in capitals', 'КЛОНАЗЕПАМ', [['КЛОНАЗЕПАМ', 'foreign', 'клоназепам']]],
  ['Arabic typed with Persian letters (keheh, Farsi yeh)', 'کلونازیبام', [['کلونازیبام', 'foreign', 'كلونازيبام']]],
  ['Persian letters with the attached article', 'والکلونازیبام', [['والکلونازیبام', 'foreign', 'كلونازيبام']]],
  [
    'Arabic without the article, then with it',
    'كلونازيبام والكلونازيبام',
    [
      ['كلونازيبام', 'foreign', 'كلونازيبام'],
      ['والكلونازيبام', 'foreign', 'كلونازيبام'],
    ],
  ],
  [
    'misspellings of the generic',
    'clonazapam / clonazepan / clonazipam / clonezepam',
    [
      ['clonazapam', 'misspelling', 'clonazapam'],
      ['clonazepan', 'misspelling', 'clonazepan'],
      ['clonazipam', 'misspelling', 'clonazipam'],
      ['clonezepam', 'misspelling', 'clonezepam'],
    ],
  ],
  // "klonazepam" is also the Indonesian name: foreign ranks above misspelling.
  ['klonazepam is the Indonesian name', 'klonazepam', [['klonazepam', 'foreign', 'Klonazepam']]],
  [
    'slang',
    'a K-pin or a kpin',
    [
      ['K-pin', 'slang', 'K-pin'],
      ['kpin', 'slang', 'kpin'],
    ],
  ],
  [
    'slang plurals',
    'K-pins and kpins',
    [
      ['K-pins', 'slang', 'K-pin'],
      ['kpins', 'slang', 'kpin'],
    ],
  ],
  [
    'slang in capitals',
    'KPIN, K-PINS',
    [
      ['KPIN', 'slang', 'kpin'],
      ['K-PINS', 'slang', 'K-pin'],
    ],
  ],
  [
    'slang with a typographic hyphen',
    'K\u2010pin and K\u2013pins',
    [
      ['K\u2010pin', 'slang', 'K-pin'],
      ['K\u2013pins', 'slang', 'K-pin'],
    ],
  ],
  ['foreign, French', 'le clonazépam', [['clonazépam', 'foreign', 'clonazépam']]],
  ['foreign, Russian', 'Клоназепам', [['Клоназепам', 'foreign', 'клоназепам']]],
  ['foreign, Japanese', 'クロナゼパム', [['クロナゼパム', 'foreign', 'クロナゼパム']]],
  ['foreign, Chinese', '氯硝西泮', [['氯硝西泮', 'foreign', '氯硝西泮']]],
  ['foreign, Korean', '클로나제팜', [['클로나제팜', 'foreign', '클로나제팜']]],
  ['foreign, Arabic', 'كلونازيبام', [['كلونازيبام', 'foreign', 'كلونازيبام']]],
  ['foreign, Georgian', 'კლონაზეპამი', [['კლონაზეპამი', 'foreign', 'კლონაზეპამი']]],

  // Case: Tall Man lettering and shouting
  ['Tall Man generic', 'Do not confuse clonazePAM with cloNIDine.', [['clonazePAM', 'generic', 'clonazepam']]],
  ['Tall Man brand', 'KlonoPIN 1 mg', [['KlonoPIN', 'brand', 'Klonopin']]],
  [
    'all capitals',
    'CLONAZEPAM (KLONOPIN)',
    [
      ['CLONAZEPAM', 'generic', 'clonazepam'],
      ['KLONOPIN', 'brand', 'Klonopin'],
    ],
  ],

  // What the span covers
  ['possessive', "Klonopin's half-life", [["Klonopin's", 'brand', 'Klonopin']]],
  ['typographic possessive', 'Klonopin\u2019s label', [['Klonopin\u2019s', 'brand', 'Klonopin']]],
  ['possessive in capitals', "KLONOPIN'S", [["KLONOPIN'S", 'brand', 'Klonopin']]],
  ['plural', 'two Klonopins a day', [['Klonopins', 'brand', 'Klonopin']]],
  ['plural possessive leaves the apostrophe out', "the kpins' colour", [['kpins', 'slang', 'kpin']]],
  ['plural with -es', 'Rivotriles', [['Rivotriles', 'brand', 'Rivotril']]],
  ['hyphenated compound after', 'Klonopin-induced drowsiness', [['Klonopin', 'brand', 'Klonopin']]],
  ['hyphenated compound before', 'post-clonazepam withdrawal', [['clonazepam', 'generic', 'clonazepam']]],
  ['hyphenated maker prefix', 'APO-ClonazePAM', [['ClonazePAM', 'generic', 'clonazepam']]],
  ['registered sign', 'Klonopin® tablets', [['Klonopin®', 'brand', 'Klonopin']]],
  ['trademark sign', 'Rivotril™', [['Rivotril™', 'brand', 'Rivotril']]],
  ['sign after a space', 'Klonopin ® tablets', [['Klonopin ®', 'brand', 'Klonopin']]],
  ['sign, then possessive', "Klonopin®'s maker", [["Klonopin®'s", 'brand', 'Klonopin']]],

  // Unicode normalization: offsets index the text as given
  ['composed accent', 'clonaz\u00e9pam', [['clonaz\u00e9pam', 'foreign', 'clonazépam']]],
  ['decomposed accent', 'clonaze\u0301pam', [['clonaze\u0301pam', 'foreign', 'clonazépam']]],
  ['decomposed accent in capitals', 'CLONAZE\u0301PAM', [['CLONAZE\u0301PAM', 'foreign', 'clonazépam']]],
  [
    'decomposed Japanese (dakuten and handakuten apart)',
    'クロナゼパム'.normalize('NFD'),
    [['クロナゼパム'.normalize('NFD'), 'foreign', 'クロナゼパム']],
  ],
  [
    'decomposed Korean (jamo)',
    '클로나제팜'.normalize('NFD'),
    [['클로나제팜'.normalize('NFD'), 'foreign', '클로나제팜']],
  ],
  [
    'text before a decomposed name keeps its offsets',
    'e\u0301te\u0301: clonaze\u0301pam',
    [['clonaze\u0301pam', 'foreign', 'clonazépam']],
  ],

  // What the page writes differently from what is read: the span covers the characters as written
  ['soft hyphen inside a name', 'ask about Klono\u00ADpin today', [['Klono\u00ADpin', 'brand', 'Klonopin']]],
  [
    'zero-width space and joiner inside a name',
    'clona\u200Bzepam, Rivo\u200Dtril',
    [
      ['clona\u200Bzepam', 'generic', 'clonazepam'],
      ['Rivo\u200Dtril', 'brand', 'Rivotril'],
    ],
  ],
  [
    'word joiner and BOM inside a name',
    'Klon\u2060opin Klo\uFEFFnopin',
    [
      ['Klon\u2060opin', 'brand', 'Klonopin'],
      ['Klo\uFEFFnopin', 'brand', 'Klonopin'],
    ],
  ],
  [
    'full-width Latin',
    '処方：Ｋｌｏｎｏｐｉｎ（ｃｌｏｎａｚｅｐａｍ）',
    [
      ['Ｋｌｏｎｏｐｉｎ', 'brand', 'Klonopin'],
      ['ｃｌｏｎａｚｅｐａｍ', 'generic', 'clonazepam'],
    ],
  ],
  [
    'Turkish dotted capital İ and dotless ı',
    'KLONOPİN ve klonopın',
    [
      ['KLONOPİN', 'brand', 'Klonopin'],
      ['klonopın', 'brand', 'Klonopin'],
    ],
  ],
  [
    'offsets after a soft hyphen elsewhere stay right',
    'hy\u00ADphen then Klonopin',
    [['Klonopin', 'brand', 'Klonopin']],
  ],

  // Inflected languages
  ['Russian genitive', 'дозировка клоназепама', [['клоназепама', 'foreign', 'клоназепам']]],
  ['Russian instrumental', 'лечение клоназепамом', [['клоназепамом', 'foreign', 'клоназепам']]],
  [
    'Russian dative and prepositional',
    'к клоназепаму, о клоназепаме',
    [
      ['клоназепаму', 'foreign', 'клоназепам'],
      ['клоназепаме', 'foreign', 'клоназепам'],
    ],
  ],
  ['Russian brand inflected, capitalised', 'Ривотрила нет', [['Ривотрила', 'foreign', 'ривотрил']]],
  [
    'Ukrainian dative and locative',
    'клоназепамові, у клоназепамі',
    [
      ['клоназепамові', 'foreign', 'клоназепам'],
      ['клоназепамі', 'foreign', 'клоназепам'],
    ],
  ],
  [
    'Georgian genitive and instrumental',
    'კლონაზეპამის დოზა, კლონაზეპამით',
    [
      ['კლონაზეპამის', 'foreign', 'კლონაზეპამი'],
      ['კლონაზეპამით', 'foreign', 'კლონაზეპამი'],
    ],
  ],
  [
    'Arabic with attached "and the" and "with the"',
    'والكلونازيبام بالكلونازيبام',
    [
      ['والكلونازيبام', 'foreign', 'كلونازيبام'],
      ['بالكلونازيبام', 'foreign', 'كلونازيبام'],
    ],
  ],

  // Scripts without spaces
  ['Japanese in running text', '医師はクロナゼパムを処方した', [['クロナゼパム', 'foreign', 'クロナゼパム']]],
  ['Japanese brand with a suffix', 'リボトリール錠0.5mg', [['リボトリール', 'foreign', 'リボトリール']]],
  ['Chinese in running text', '服用氯硝西泮片后', [['氯硝西泮', 'foreign', '氯硝西泮']]],
  ['Taiwanese brand', '利福全錠', [['利福全', 'foreign', '利福全']]],
  ['Korean with a particle', '클로나제팜은 약이다', [['클로나제팜', 'foreign', '클로나제팜']]],
  ['Latin name inside Chinese text', '我吃了Klonopin两次', [['Klonopin', 'brand', 'Klonopin']]],

  // Punctuation, quotes, brackets, string edges
  ['parentheses', '(Klonopin)', [['Klonopin', 'brand', 'Klonopin']]],
  ['double quotes', '"clonazepam"', [['clonazepam', 'generic', 'clonazepam']]],
  ['single quotes are not a possessive', "'kpin'", [['kpin', 'slang', 'kpin']]],
  ['guillemets', '«clonazépam»', [['clonazépam', 'foreign', 'clonazépam']]],
  [
    'square brackets and comma without space',
    '[Rivotril],Klonopin',
    [
      ['Rivotril', 'brand', 'Rivotril'],
      ['Klonopin', 'brand', 'Klonopin'],
    ],
  ],
  ['sentence end', 'I take Klonopin.', [['Klonopin', 'brand', 'Klonopin']]],
  [
    'line breaks',
    'Klonopin\nclonazepam\tRivotril',
    [
      ['Klonopin', 'brand', 'Klonopin'],
      ['clonazepam', 'generic', 'clonazepam'],
      ['Rivotril', 'brand', 'Rivotril'],
    ],
  ],
  ['after emoji (offsets count UTF-16 units)', '😀😀Klonopin', [['Klonopin', 'brand', 'Klonopin']]],
  ['after a number and unit', '0.5mg clonazepam', [['clonazepam', 'generic', 'clonazepam']]],
  ['underscore separates words', 'klonopin_side_effects', [['klonopin', 'brand', 'Klonopin']]],
  // Domain names and paths name the drug too: a dot or slash ends a word.
  ['domain name', 'see klonopin.com', [['klonopin', 'brand', 'Klonopin']]],
  ['URL path', 'https://example.org/drugs/clonazepam-side-effects', [['clonazepam', 'generic', 'clonazepam']]],
  [
    'several in a row',
    'Klonopin (clonazepam), also Rivotril or K-pins.',
    [
      ['Klonopin', 'brand', 'Klonopin'],
      ['clonazepam', 'generic', 'clonazepam'],
      ['Rivotril', 'brand', 'Rivotril'],
      ['K-pins', 'slang', 'K-pin'],
    ],
  ],
];

describe('findMentions on the clonazepam names', () => {
  it.each(positives)('%s', (_label, text, mentions) => {
    expect(found(text)).toEqual(expected(text, mentions));
  });
});

const negatives: [label: string, text: string][] = [
  ['letter glued before', 'xklonopin'],
  // Names of seven letters or more read a letter added at the end as a typo (matcher-typos.test.ts).
  ['letter glued after', 'kpinx'],
  ['a different drug: clonidine', 'clonidine'],
  ['Tall Man clonidine', 'cloNIDine'],
  ['a different drug: clonazolam', 'clonazolam'],
  ['a different drug: lorazepam', 'LORazepam'],
  ['an ordinary word', 'Klondike bars'],
  ['a longer word', 'Klonopinion'],
  ['generic inside a longer word', 'clonazepamine'],
  ['digits glued', 'klonopin2 2klonopin'],
  ['astral letter glued before', '\u{1D400}klonopin'],
  ['combining mark after', 'klonopin\u0301'],
  ['combining mark before', 'e\u0301klonopin'],
  ['slang with a space', 'K pin'],
  ['slang-like words', 'kping spin kpine'],
  ['names the fact sheet says not to match', 'pins clons benzos downers Rivo'],
  [
    'brands that need a medicine context or read as ordinary words',
    'Clonex gel, Cloner, Leptic, Edictum, Alerion, Clozer, Sensaton',
  ],
  ['brand with a letter more', 'Landsend Paxamo Riklonax'],
  ['Cyrillic adjective', 'клоназепамовый'],
  ['Cyrillic letter glued before', 'аклоназепам'],
  ['a look-alike with a soft hyphen', 'cloni\u00ADdine clona\u00ADzolam'],
  ['empty text', ''],
  ['punctuation only', '...,;:!?()[]'],
];

describe('findMentions finds nothing in', () => {
  it.each(negatives)('%s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('mayMatch', () => {
  it('is true for text with a mention', () => {
    expect(matcher.mayMatch('she took clonaze\u0301pam and KlonoPIN')).toBe(true);
  });

  it('is false for ordinary text without any name', () => {
    expect(matcher.mayMatch('The quick brown fox jumps over the lazy dog, 2 mg at night.')).toBe(false);
  });
});

describe('repeated calls', () => {
  it('give the same answer (the compiled pattern is reset between calls)', () => {
    const text = 'Klonopin then clonazepam';
    const first = matcher.findMentions(text);
    matcher.findMentions('some other Rivotril text');
    expect(matcher.findMentions(text)).toEqual(first);
    expect(first).toHaveLength(2);
  });
});
