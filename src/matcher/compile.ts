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
import { compileSearch, type NameEntry } from './search';
import { compilePrefilter } from './prefilter';
import { LOOK_ALIKES } from './look-alikes';
import { compileTypoSearch, type TypoBase } from './typos';
import { NEEDS_VIEW, originalSpan, readingView } from './reading-view';
import type { DrugMatch, InteractantMatch, Matcher, MatcherDrug } from './types';

interface MentionValue {
  drugId: string;
  kind: VariantKind;
  variant: string;
}

interface InteractantValue {
  drugId: string;
  interactionId: string;
  member: string;
  variant: string;
}

export function compileMatcher(drugs: readonly MatcherDrug[]): Matcher {
  const entries = drugs.flatMap(mentionEntries);
  const mentions = compileSearch(entries);
  const interactantList = drugs.flatMap((drug) => interactantEntries(drug.id, drug.interactions ?? []));
  const interactants = compileSearch(interactantList);
  const typos = compileTypoSearch(typoBases(entries), [...LOOK_ALIKES, ...interactantList.map((entry) => entry.name)]);
  // Every match contains the core of a name, and every typo within reach a segment of one, so
  // text without either cannot match.
  const cores = [...(mentions?.cores ?? []), ...(interactants?.cores ?? [])];
  const segments = (typos?.segments ?? []).map((segment) => [...segment]);
  const prefilter = compilePrefilter([...cores, ...segments]);
  const minLength = Math.min(
    ...(cores.length > 0 ? cores.map((core) => core.length) : [Number.POSITIVE_INFINITY]),
    typos?.minLength ?? Number.POSITIVE_INFINITY,
  );

  function findMentions(text: string): DrugMatch[] {
    if (!NEEDS_VIEW.test(text)) return findMentionsAsRead(text);
    const view = readingView(text);
    return findMentionsAsRead(view.text).map((match) => ({ ...match, ...originalSpan(view, match.start, match.end) }));
  }

  function findMentionsAsRead(text: string): DrugMatch[] {
    const found: DrugMatch[] = [];
    mentions?.forEach(text, (start, end, value) => {
      found.push({ start, end, drugId: value.drugId, kind: value.kind, variant: value.variant });
    });
    if (!typos || text.length < typos.minLength) return found;
    const read = typos.find(text, found);
    if (read.length === 0) return found;
    for (const { start, end, value } of read) {
      found.push({ start, end, drugId: value.drugId, kind: value.kind, variant: value.variant, typo: true });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  function findInteractants(text: string): InteractantMatch[] {
    const found: InteractantMatch[] = [];
    interactants?.forEach(text, (start, end, value) => {
      found.push({ start, end, ...value });
    });
    if (found.length === 0) return found;
    const taken = findMentions(text);
    if (taken.length === 0) return found;
    return found.filter((match) => !taken.some((mention) => mention.start < match.end && match.start < mention.end));
  }

  return {
    mayMatch: (text) =>
      text.length >= minLength &&
      prefilter !== undefined &&
      (prefilter.test(text) || (NEEDS_VIEW.test(text) && prefilter.test(readingView(text).text))),
    minLength,
    findMentions,
    findInteractants,
  };
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
