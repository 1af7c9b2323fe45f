/**
 * What the tooltip says about one mention, derived from the drug's bundled data and the kind of
 * name that was matched. Pure: no DOM, so every wording rule is unit-tested.
 *
 * Only connective UI words live here ("a brand of", "street name for"); every health statement
 * comes from the DrugData.
 */
import type { DrugData, SeverityLevel, SourceId, VariantKind } from '../../src/drugs/schema';
import { SEVERITY_LEVELS } from '../../src/drugs/schema';
import { browserLocale, emergencyHelpFor } from '../../src/drugs/emergency-help';
import type { DrugMatch } from '../../src/matcher/types';
import type { InteractantOnPage } from '../../src/messages';

export interface OtherDrugLine {
  member: string;
  severity: SeverityLevel;
  severityLabel: string;
  /** "This page also mentions oxycodone: taking them together can slow breathing dangerously." */
  text: string;
  /** The same on one line of the compact view: "oxycodone: taking them together can slow breathing dangerously". */
  short: string;
}

export interface TooltipSummaryModel {
  drugId: string;
  /** The name as the page wrote it, without a possessive or trademark sign: "Klonopin". */
  writtenName: string;
  /** BCP 47 language of the written name when it is a name in another language. */
  writtenLang?: string;
  /** What the written name is, continuing the name: ", a brand of clonazepam, a benzodiazepine medicine". */
  identity: string;
  treats: string;
  /** Three warnings; the first is the boxed warning. */
  warnings: { text: string; boxed: boolean }[];
  /** The boxed warning's first sentence, for the one line the compact view gives it. */
  boxedLine: string;
  /** Signs that need emergency help now, one sentence from the data. */
  urgentSigns: string;
  /** One line per kind of help: "Emergency services: 911 (US), your local emergency number (outside the US)". */
  emergencyHelp: string[];
  otherDrugs: OtherDrugLine[];
  /** Publishers/titles of the sources behind what the tooltip says, deduplicated. */
  sources: { title: string; publisher: string }[];
  disclaimer: string;
}

const TRAILING_DECORATION = /(?:['\u2019]s|[\u00AE\u2122])+$/u;

/** "Klonopin's" → "Klonopin", "Klonopin®" → "Klonopin". */
export function cleanWrittenName(written: string): string {
  const trimmed = written.trim();
  const cleaned = trimmed.replace(TRAILING_DECORATION, '');
  return cleaned.length > 0 ? cleaned : trimmed;
}

/** "A benzodiazepine medicine" → "a benzodiazepine medicine" (only a leading article is lowered). */
function continuing(text: string): string {
  return text.replace(/^(A|An)(?=\s)/u, (article) => article.toLowerCase()).replace(/[.\s]+$/u, '');
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase();
}

/** How the written name relates to the drug: "a brand of clonazepam", "a street name for clonazepam". */
export function relationPhrase(kind: VariantKind, variant: string, drug: DrugData): { phrase: string; lang?: string } {
  const generic = drug.names.generic[0] ?? drug.displayName.toLowerCase();
  switch (kind) {
    case 'generic':
      return { phrase: '' };
    case 'brand': {
      const international = drug.names.internationalBrands.find((brand) => sameName(brand.name, variant));
      if (international && international.countries.length > 0) {
        return { phrase: `a brand of ${generic} sold in ${joinAnd(international.countries)}` };
      }
      return { phrase: `a brand of ${generic}` };
    }
    case 'misspelling':
      return { phrase: `probably means ${generic}` };
    case 'slang':
      return { phrase: `a street name for ${generic}` };
    case 'foreign': {
      const entries = drug.names.otherLanguages.filter((name) => sameName(name.name, variant));
      const languages = [...new Set(entries.map((entry) => languageName(entry.lang)))];
      const lang = entries[0]?.lang;
      if (languages.length === 0) return { phrase: `a name for ${generic} in another language` };
      return lang ? { phrase: `a name for ${generic} in ${joinOr(languages)}`, lang } : { phrase: '' };
    }
  }
}

function severityRank(level: SeverityLevel): number {
  const rank = SEVERITY_LEVELS.indexOf(level);
  return rank === -1 ? SEVERITY_LEVELS.length : rank;
}

/** The page's other drugs that interact with this drug, most severe first, one line per member. */
export function otherDrugLines(drug: DrugData, onPage: readonly InteractantOnPage[]): OtherDrugLine[] {
  const seen = new Set<string>();
  const lines: OtherDrugLine[] = [];
  for (const interactant of onPage) {
    if (interactant.drugId !== drug.id) continue;
    const key = interactant.member.toLocaleLowerCase();
    if (seen.has(key)) continue;
    const interaction = drug.interactions.find((candidate) => candidate.id === interactant.interactionId);
    if (!interaction) continue;
    seen.add(key);
    const severityLabel =
      drug.severityScale.find((definition) => definition.level === interaction.severity)?.label ?? interaction.severity;
    lines.push({
      member: interactant.member,
      severity: interaction.severity,
      severityLabel,
      text: `This page also mentions ${interactant.member}: ${continuingClause(interaction.tooltipLine)}.`,
      short: `${interactant.member}: ${continuingClause(interaction.tooltipLine)}`,
    });
  }
  return lines.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

function continuingClause(text: string): string {
  return text.trim().replace(/[.\s]+$/u, '');
}

function sourcesFor(drug: DrugData, ids: Iterable<SourceId>): { title: string; publisher: string }[] {
  const wanted = new Set(ids);
  const publishers = new Set<string>();
  const result: { title: string; publisher: string }[] = [];
  for (const source of drug.sources) {
    if (!wanted.has(source.id) || publishers.has(source.publisher)) continue;
    publishers.add(source.publisher);
    result.push({ title: source.title, publisher: source.publisher });
  }
  return result;
}

export function buildSummary(
  drug: DrugData,
  match: Pick<DrugMatch, 'kind' | 'variant' | 'typo'>,
  written: string,
  onPage: readonly InteractantOnPage[],
  /** The reader's locale: picks the local emergency numbers. */
  locale: string | undefined = browserLocale(),
): TooltipSummaryModel {
  const { summary } = drug;
  const relation = relationPhrase(match.kind, match.variant, drug);
  const whatItIs = continuing(summary.whatItIs.text);
  // A typo ("kolonopin") says which listed name it was read as.
  const readAs = match.typo ? `read as ${match.variant}` : '';
  const identity = [readAs, relation.phrase, whatItIs]
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join('');
  const otherDrugs = otherDrugLines(drug, onPage);

  const citedIds: SourceId[] = [
    ...summary.whatItIs.sources,
    ...summary.treats.sources,
    ...summary.warnings.flatMap((warning) => warning.sources),
    ...drug.urgentSigns.flatMap((sign) => sign.sources),
    ...otherDrugs.flatMap((line) => {
      const member = line.member.toLocaleLowerCase();
      return drug.interactions
        .filter((interaction) => interaction.members.some((m) => m.generic.toLocaleLowerCase() === member))
        .flatMap((interaction) => interaction.sources);
    }),
  ];

  const model: TooltipSummaryModel = {
    drugId: drug.id,
    writtenName: cleanWrittenName(written),
    identity,
    treats: summary.treats.text,
    warnings: summary.warnings.map((warning, index) => ({ text: warning.text, boxed: index === 0 })),
    boxedLine: firstSentence(summary.warnings[0]?.text ?? ''),
    urgentSigns: joinSentences(drug.urgentSigns.map((sign) => sign.text)),
    emergencyHelp: emergencyLines(emergencyHelpFor(drug.emergencyHelp, locale)),
    otherDrugs,
    sources: sourcesFor(drug, citedIds),
    disclaimer: drug.disclaimer,
  };
  if (relation.lang) model.writtenLang = relation.lang;
  return model;
}

/** "Taken with opioids, it can slow breathing and cause death. It can also…" → its first sentence. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = /[.!?](?=\s+\p{Lu})/u.exec(trimmed);
  return end ? trimmed.slice(0, end.index + 1) : trimmed;
}

/** "Someone who…" → "someone who…"; leaves acronyms and "I" alone. */
function lowerFirstWord(text: string): string {
  const word = /^\p{Lu}\p{Ll}*(?=[\s,;:]|$)/u.exec(text)?.[0];
  return word && word !== 'I' ? word.toLocaleLowerCase() + text.slice(word.length) : text;
}

/** Urgent signs as one short line, in the data's own wording: "Slow breathing, someone who…". */
function joinSentences(items: string[]): string {
  const trimmed = items.map((item) => item.trim().replace(/[.;,\s]+$/u, '')).filter(Boolean);
  if (trimmed.length === 0) return '';
  return `${trimmed.map((item, index) => (index === 0 ? item : lowerFirstWord(item))).join(', ')}.`;
}

/** Emergency contacts grouped by label: "Emergency services: 911 (US), your local emergency number (outside the US)". */
function emergencyLines(help: DrugData['emergencyHelp']): string[] {
  const byLabel = new Map<string, string[]>();
  for (const entry of help) {
    const numbers = byLabel.get(entry.label) ?? [];
    numbers.push(entry.region ? `${entry.number} (${entry.region})` : entry.number);
    byLabel.set(entry.label, numbers);
  }
  return [...byLabel].map(
    ([label, numbers]) => `${label.charAt(0).toLocaleUpperCase()}${label.slice(1)}: ${numbers.join(', ')}`,
  );
}
