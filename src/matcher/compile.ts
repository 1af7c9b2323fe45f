/**
 * compileMatcher: the Matcher for a set of drugs, built from their data alone.
 *
 * Where a name is found: case-insensitively (Tall Man "clonazePAM" included), composed or
 * decomposed (NFC/NFD; an accented Latin letter may also be written without its accent), with
 * any of - ‐ ‑ – for a hyphen in the name, ' ’ ʼ for an apostrophe and any run of spaces for a
 * space. It must stand at a word boundary (no letter, mark or digit on either side), except
 * at the edge of a name written in a script without spaces (Han, kana, Hangul, Thai, Lao,
 * Khmer, Myanmar). Letters of those scripts do not count as word characters for Latin names
 * either, so "服用Klonopin" is found. Foreign names in languages listed in ./inflection.ts
 * also match their inflected forms.
 *
 * What a match covers (its span): the name as written, plus what is attached to it and read
 * as part of it: a plural s/es, a case ending or attached particle of an inflected language,
 * a ® or ™ (also after one space), and a possessive 's / ’s. Not covered: the other half of a
 * hyphenated compound ("Klonopin-induced" gives "Klonopin"), a bare trailing apostrophe
 * (it may close a quote), or surrounding punctuation. "klonopin.com" gives "klonopin": a dot
 * ends a word.
 *
 * Precedence when two names share a spelling (after case, accent and dash folding): drugs in
 * the order given, and within a drug generic > brand (home market, then international) >
 * foreign > misspelling > slang. For interactants: drugs in order, then interactions and
 * members as listed, generic name before brands before aliases.
 */
import type { Interaction, VariantKind } from '../drugs/schema';
import { searchData, type NameEntry } from './search';
import { prefilterData } from './prefilter';
import { LOOK_ALIKES } from './look-alikes';
import { matcherFrom, type InteractantValue, type MatcherData, type MentionValue } from './run';
import { typoData, type TypoBase } from './typos';
import { typoSearchFrom } from './typo-run';
import type { Matcher, MatcherDrug } from './types';

/**
 * The matcher's data for a set of drugs: plain JSON, built once at build time (vite.config.ts
 * puts it into the content script) and run by ./run.ts (matcherFrom) in every frame.
 */
export function matcherData(drugs: readonly MatcherDrug[]): MatcherData {
  const entries = drugs.flatMap(mentionEntries);
  const mentions = searchData(entries);
  const interactantList = drugs.flatMap((drug) => interactantEntries(drug.id, drug.interactions ?? []));
  const interactants = searchData(interactantList);
  const interactantNames = interactantList.map((entry) => entry.name);
  const typos = typoData(typoBases(entries), [...LOOK_ALIKES, ...interactantNames], interactantNames);
  // Every match contains the core of a name, and every typo within reach a segment of one, so
  // text without either cannot match.
  const cores = [...(mentions?.cores ?? []), ...(interactants?.cores ?? [])];
  const segments = (typos?.segments ?? []).map((segment) => [...segment]);
  return {
    mentions: mentions?.data,
    interactants: interactants?.data,
    typos,
    prefilter: prefilterData([...cores, ...segments]),
    minLength: Math.min(
      ...cores.map((core) => core.length),
      typos ? typoSearchFrom(typos, interactantNames).minLength : Number.POSITIVE_INFINITY,
    ),
  };
}

export function compileMatcher(drugs: readonly MatcherDrug[]): Matcher {
  return matcherFrom(matcherData(drugs));
}

const KINDS_IN_PRECEDENCE: readonly VariantKind[] = ['generic', 'brand', 'foreign', 'misspelling', 'slang'];

function mentionEntries(drug: MatcherDrug): NameEntry<MentionValue>[] {
  const { names } = drug;
  const listed: Record<VariantKind, { name: string; lang?: string }[]> = {
    generic: names.generic.map((name) => ({ name })),
    brand: [...names.brands, ...names.internationalBrands].map(({ name }) => ({ name })),
    foreign: names.otherLanguages.map(({ name, lang }) => ({ name, lang })),
    misspelling: names.misspellings.map((name) => ({ name })),
    slang: names.slang.map(({ name }) => ({ name })),
  };
  return KINDS_IN_PRECEDENCE.flatMap((kind) =>
    listed[kind].map(({ name, lang }) => ({
      name,
      ...(lang === undefined ? {} : { lang }),
      value: { drugId: drug.id, kind, variant: name },
    })),
  );
}

function interactantEntries(
  drugId: string,
  interactions: readonly Pick<Interaction, 'id' | 'members'>[],
): NameEntry<InteractantValue>[] {
  return interactions.flatMap((interaction) =>
    interaction.members.flatMap((member) =>
      [member.generic, ...member.brands, ...(member.aliases ?? [])].map((name) => ({
        name,
        value: { drugId, interactionId: interaction.id, member: member.generic, variant: name },
      })),
    ),
  );
}

/**
 * Typos are measured from the correctly spelled names only: the listed misspellings are matched
 * as written, and their own neighbours would let much more ordinary text past the prefilter.
 */
function typoBases(entries: readonly NameEntry<MentionValue>[]): TypoBase<MentionValue>[] {
  return entries
    .filter((entry) => entry.value.kind !== 'misspelling')
    .map((entry) => ({ name: entry.name, value: entry.value, owner: entry.value.drugId }));
}
