/**
 * Readability report for the bundled drug text: a Flesch-Kincaid grade for the tooltip summary,
 * for the opening paragraph of every reference section (what a reader sees first), and for the
 * rest of each section. Run with `npm run readability`. The functions are also used by the unit
 * tests; nothing here is imported by the extension, so it stays out of the shipped bundles.
 *
 * Syllables are counted by the `syllable` package and the grade comes from the `flesch-kincaid`
 * package (0.39 * words/sentence + 11.8 * syllables/word - 15.59). Like every such counter it is
 * approximate, so treat grades as a guide, not to the decimal.
 */
import { pathToFileURL } from 'node:url';
import { fleschKincaid as gradeFromCounts } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { DrugData, ReferenceBlock, ReferenceSection } from '../src/drugs/schema';

/** The grade limits the health-copy issue sets: what people read first must be plain. */
export const SUMMARY_GRADE_LIMIT = 7;
export const OPENING_GRADE_LIMIT = 8;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Syllables in one word; a number counts one syllable per digit, up to 3. */
export function countSyllables(word: string): number {
  if (/\p{N}/u.test(word)) return Math.min(3, Math.max(1, word.replace(/\P{N}/gu, '').length));
  return Math.max(1, syllable(word.replace(/’/g, "'")));
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences: split after . ! ? followed by a space or the end; a text without one is one sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

export interface ReadabilityFigures {
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
}

/** Flesch-Kincaid grade of some texts; each text is at least one sentence of its own. */
export function fleschKincaid(texts: readonly string[]): ReadabilityFigures {
  let sentenceCount = 0;
  let wordCount = 0;
  let syllableCount = 0;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const sentenceWords = words(sentence);
      sentenceCount += 1;
      wordCount += sentenceWords.length;
      syllableCount += sentenceWords.reduce((sum, word) => sum + countSyllables(word), 0);
    }
  }
  if (sentenceCount === 0 || wordCount === 0) return { sentences: 0, words: 0, syllables: 0, grade: 0 };
  const grade = gradeFromCounts({ sentence: sentenceCount, word: wordCount, syllable: syllableCount });
  return { sentences: sentenceCount, words: wordCount, syllables: syllableCount, grade };
}

function blockTexts(block: ReferenceBlock): string[] {
  if (block.kind === 'paragraph') return [block.text];
  return [...(block.title ? [block.title] : []), ...block.items.map((item) => item.text)];
}

/**
 * The opening of a section: its first block, which is what a reader sees first under the title
 * (a paragraph, or a list with its heading).
 */
export function openingTexts(section: ReferenceSection): string[] {
  const first = section.blocks[0];
  return first ? blockTexts(first) : [];
}

/** Every reader-facing text of a section after its opening, in order. */
export function restTexts(section: ReferenceSection): string[] {
  return [
    ...section.blocks.slice(1).flatMap(blockTexts),
    ...(section.subsections ?? []).flatMap((sub) => [sub.title, ...sub.blocks.flatMap(blockTexts)]),
  ];
}

/** Every reader-facing text of a section, in order. */
export function sectionTexts(section: ReferenceSection): string[] {
  return [...openingTexts(section), ...restTexts(section)];
}

/** The tooltip summary's texts: what it is, what it treats, the three warnings. */
export function summaryTexts(drug: DrugData): string[] {
  return [
    drug.summary.whatItIs.text,
    drug.summary.treats.text,
    ...drug.summary.warnings.map((warning) => warning.text),
  ];
}

/**
 * What the checker and the tooltip's "other drugs on this page" show first for each pair: its
 * tooltip line and the first sentence of what happens (sources and detail follow in the rest).
 */
export function interactionFirstReads(drug: DrugData): string[] {
  return drug.interactions.flatMap((i) => [i.tooltipLine, sentences(i.effect)[0] ?? '']);
}

/** The first sentence of each severity level's meaning, shown beside every badge in the checker. */
export function severityFirstReads(drug: DrugData): string[] {
  return (drug.severityScale ?? []).map((level) => sentences(level.meaning)[0] ?? '');
}

export interface ReadabilityRow {
  label: string;
  figures: ReadabilityFigures;
  /** The most this row may reach, where the issue sets a limit. */
  limit?: number;
}

export function readabilityReport(drug: DrugData): ReadabilityRow[] {
  return [
    { label: 'Tooltip summary', figures: fleschKincaid(summaryTexts(drug)), limit: SUMMARY_GRADE_LIMIT },
    ...drug.sections.flatMap((section) => [
      {
        label: `${section.id}: ${section.title} (opening)`,
        figures: fleschKincaid(openingTexts(section)),
        limit: OPENING_GRADE_LIMIT,
      },
      { label: `${section.id}: ${section.title} (rest)`, figures: fleschKincaid(restTexts(section)) },
    ]),
    {
      label: 'Interactions, first read (tooltip line, first sentence of what happens)',
      figures: fleschKincaid(interactionFirstReads(drug)),
      limit: OPENING_GRADE_LIMIT,
    },
    {
      label: 'Severity levels, first sentence of each meaning',
      figures: fleschKincaid(severityFirstReads(drug)),
      limit: OPENING_GRADE_LIMIT,
    },
    {
      label: 'Interaction table (effect, advice, tooltip line)',
      figures: fleschKincaid(drug.interactions.flatMap((i) => [i.effect, i.advice, i.tooltipLine])),
    },
    { label: 'Urgent signs', figures: fleschKincaid(drug.urgentSigns.map((sign) => sign.text)) },
    { label: 'Care line (not medical advice)', figures: fleschKincaid([drug.disclaimer]), limit: OPENING_GRADE_LIMIT },
  ];
}

/** The printed report: a heading per drug, then one line per row with its grade, counts and limit. */
export function formatReport(drugs: readonly DrugData[]): string[] {
  const lines: string[] = [];
  for (const drug of drugs) {
    lines.push('', `${drug.displayName}: Flesch-Kincaid grade (US school grade; lower is easier)`, '');
    const rows = readabilityReport(drug);
    const width = Math.max(...rows.map((row) => row.label.length));
    for (const { label, figures, limit } of rows) {
      const verdict =
        limit === undefined ? '' : figures.grade <= limit ? `   limit ${limit}: ok` : `   limit ${limit}: OVER`;
      lines.push(
        `${label.padEnd(width)}  grade ${figures.grade.toFixed(1).padStart(5)}   ` +
          `(${figures.sentences} sentences, ${figures.words} words, ${figures.syllables} syllables)${verdict}`,
      );
    }
  }
  return lines;
}

async function main(): Promise<void> {
  const { BUNDLED_DRUGS } = await import('../src/drugs/index');
  for (const line of formatReport(BUNDLED_DRUGS)) console.log(line);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
