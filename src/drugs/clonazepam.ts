/**
 * Clonazepam (Klonopin): the bundled data for one drug.
 * Facts come from ../shared/reference/clonazepam-facts.md; every sentence is our own.
 */
import type { DrugData, DrugNames } from './schema';

export const clonazepamNames: DrugNames = {
  generic: ['clonazepam'],
  brands: [
    { name: 'Klonopin', sources: ['fda-label'] },
    { name: 'Ceberclon', sources: ['pdr'] },
  ],
  internationalBrands: [
    { name: 'Rivotril', countries: ['Canada', 'United Kingdom', 'Switzerland', 'Japan', 'Taiwan'], sources: ['epilepsy-foundation', 'wikipedia'] },
    { name: 'Ravotril', countries: ['Chile'], sources: ['wikipedia'] },
    { name: 'Rivatril', countries: ['Finland'], sources: ['wikipedia'] },
    { name: 'Epitril', countries: ['India'], sources: ['epilepsy-foundation'] },
    { name: 'Clonotril', countries: ['India'], sources: ['wikipedia'] },
    { name: 'Landsen', countries: ['Japan'], sources: ['ja-osaka'] },
    { name: 'Paxam', countries: [], sources: ['wikipedia'] },
    { name: 'Riklona', countries: ['Indonesia'], sources: ['id-kampuspedia'] },
    { name: 'Clonapam', countries: ['Canada'], sources: ['lexicomp'] },
    { name: 'Clonopam', countries: ['Taiwan'], sources: ['zh-wiki'] },
  ],
  misspellings: [
    'klonipin', 'klonapin', 'klonopen', 'klonipen', 'klonepin', 'clonopin', 'clonapin',
    'clonazapam', 'clonazepan', 'clonazapan', 'clonezepam', 'clonazipam',
    'clonazepem', 'clonazapem',
  ],
  slang: [
    { name: 'K-pin', sources: ['ascert'] },
    { name: 'kpin', sources: ['ascert'] },
  ],
  otherLanguages: [
    { name: 'clonazépam', lang: 'fr', sources: ['fr-epfl'] },
    { name: 'клоназепам', lang: 'ru', sources: ['ru-uk-wiki'] },
    { name: 'клоназепам', lang: 'uk', sources: ['ru-uk-wiki'] },
    { name: 'ривотрил', lang: 'ru', sources: ['ru-uk-wiki'] },
    { name: 'клонотрил', lang: 'ru', sources: ['ru-uk-wiki'] },
    { name: 'კლონაზეპამი', lang: 'ka', sources: ['ka-medgeo'] },
    { name: 'რივოტრილი', lang: 'ka', sources: ['ka-medgeo'] },
    { name: 'クロナゼパム', lang: 'ja', sources: ['ja-osaka'] },
    { name: 'リボトリール', lang: 'ja', sources: ['ja-osaka'] },
    { name: 'ランドセン', lang: 'ja', sources: ['ja-osaka'] },
    { name: '氯硝西泮', lang: 'zh', sources: ['zh-wiki'] },
    { name: '氯硝安定', lang: 'zh', sources: ['zh-wiki'] },
    { name: '利福全', lang: 'zh-TW', sources: ['zh-wiki'] },
    { name: '克癇平', lang: 'zh-TW', sources: ['zh-wiki'] },
    { name: '클로나제팜', lang: 'ko', sources: ['ko-connectdi'] },
    { name: 'كلونازيبام', lang: 'ar', sources: ['ar-dominapharm'] },
    { name: 'Klonazepam', lang: 'id', sources: ['id-kampuspedia'] },
  ],
};

/** The full data. Sections, interactions and sources are filled in by the reference work (issue 4). */
export const clonazepam = {
  id: 'clonazepam',
  displayName: 'Clonazepam',
  names: clonazepamNames,
} satisfies Partial<DrugData>;
