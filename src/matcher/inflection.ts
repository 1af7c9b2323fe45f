/**
 * Word forms of inflected languages, per language, not per drug: a foreign name tagged "ru"
 * also matches клоназепама, клоназепамом...; one tagged "ka" matches კლონაზეპამის... Names in
 * languages without an entry match as listed (plus the English plural and possessive for
 * Latin-script names, see ./affixes.ts).
 */

export interface Inflection {
  /** Only names this tests true for are inflected (e.g. the endings below fit consonant stems). */
  appliesTo: RegExp;
  /** Removed from the listed form to get the stem the endings attach to. */
  stemEnding?: string;
  /** Endings written after the stem; '' allows the bare stem. */
  endings: readonly string[];
  /** Particles written attached before the word (Arabic "and", "with", "the"). */
  prefixes?: readonly string[];
}

const RUSSIAN_CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/iu;

/** Hard-stem masculine nouns, the pattern drug names follow. */
const russian: Inflection = {
  appliesTo: RUSSIAN_CONSONANT_END,
  endings: ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
};

const ukrainian: Inflection = {
  appliesTo: /[бвгґджзклмнпрстфхцчшщ]$/iu,
  endings: ['', 'а', 'у', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'],
};

const belarusian: Inflection = {
  appliesTo: /[бвгджзклмнпрстфхцчшў]$/iu,
  endings: ['', 'а', 'у', 'ам', 'е', 'ы', 'аў', 'амі', 'ах'],
};

/** Georgian consonant-stem nouns: nominative -ი, then case endings and attached postpositions. */
const georgian: Inflection = {
  appliesTo: /ი$/u,
  stemEnding: 'ი',
  endings: ['ი', 'ის', 'ით', 'ს', 'მა', 'ად', 'ში', 'ზე', 'თან', 'ისთვის', 'ისგან', 'ები', 'ების', 'ებით', 'ებს'],
};

/** Arabic writes "and/then" + "with/like/for" + "the" attached to the noun; ل + ال is written لل. */
function arabicPrefixes(): string[] {
  const out = new Set<string>();
  for (const conjunction of ['', 'و', 'ف']) {
    for (const preposition of ['', 'ب', 'ك', 'ل']) {
      for (const article of ['', 'ال']) {
        const joined = preposition === 'ل' && article === 'ال' ? 'لل' : preposition + article;
        out.add(conjunction + joined);
      }
    }
  }
  return [...out];
}

const arabic: Inflection = {
  appliesTo: /./u,
  endings: [''],
  prefixes: arabicPrefixes(),
};

const INFLECTIONS: Readonly<Record<string, Inflection>> = {
  ru: russian,
  uk: ukrainian,
  be: belarusian,
  ka: georgian,
  ar: arabic,
};

/** The inflection for a BCP 47 tag ("zh-TW" looks up "zh"), if the name fits it. */
export function inflectionFor(lang: string, name: string): Inflection | undefined {
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  const inflection = INFLECTIONS[primary];
  return inflection && inflection.appliesTo.test(name) ? inflection : undefined;
}
