/**
 * Readability report for the bundled drug text: a Flesch-Kincaid grade per reference section and
 * for the tooltip summary. Run with `npm run readability`. The functions are also used by the unit
 * tests; nothing here is imported by the extension, so it stays out of the shipped bundles.
 *
 * Flesch-Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.
 * Syllables are counted with the usual English heuristic (vowel groups, minus silent endings); like
 * every such counter it is approximate, so treat grades as a guide, not to the decimal.
 */
import { pathToFileURL } from 'node:url';
import type { DrugData, ReferenceBlock, ReferenceSection } from '../src/drugs/schema';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Syllables in one English word (letters only are considered; numbers count per digit, up to 3). */
export function countSyllables(word: string): number {
  if (/\p{N}/u.test(word)) return Math.min(3, Math.max(1, word.replace(/\P{N}/gu, '').length));
  let w = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "makes" (but not "uses", "changes"), "used" (but not "added"), "make" (but not "table").
  w = w.replace(/([^aeiouysxzcg])es$/, '$1');
  w = w.replace(/([^aeiouytd])ed$/, '$1');
  if (!/[^aeiouy]le$/.test(w)) w = w.replace(/([^aeiouy])e$/, '$1');
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  // "ia" is usually two syllables ("media", "diazepam"), except in "-cia-"/"-tia-" ("special").
  const splitIa = w.match(/[^ct]ia/g)?.length ?? 0;
  return Math.max(1, groups + splitIa);
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
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
  return { sentences: sentenceCount, words: wordCount, syllables: syllableCount, grade };
}

function blockTexts(block: ReferenceBlock): string[] {
  if (block.kind === 'paragraph') return [block.text];
  return [...(block.title ? [block.title] : []), ...block.items.map((item) => item.text)];
}

/** Every reader-facing text of a section, in order. */
export function sectionTexts(section: ReferenceSection): string[] {
  return [
    ...section.blocks.flatMap(blockTexts),
    ...(section.subsections ?? []).flatMap((sub) => [sub.title, ...sub.blocks.flatMap(blockTexts)]),
  ];
}

/** The tooltip summary's texts: what it is, what it treats, the three warnings. */
export function summaryTexts(drug: DrugData): string[] {
  return [
    drug.summary.whatItIs.text,
    drug.summary.treats.text,
    ...drug.summary.warnings.map((warning) => warning.text),
  ];
}

export interface ReadabilityRow {
  label: string;
  figures: ReadabilityFigures;
}

export function readabilityReport(drug: DrugData): ReadabilityRow[] {
  return [
    { label: 'Tooltip summary', figures: fleschKincaid(summaryTexts(drug)) },
    ...drug.sections.map((section) => ({
      label: `${section.id}: ${section.title}`,
      figures: fleschKincaid(sectionTexts(section)),
    })),
    {
      label: 'Interaction table (effect, advice, tooltip line)',
      figures: fleschKincaid(drug.interactions.flatMap((i) => [i.effect, i.advice, i.tooltipLine])),
    },
    { label: 'Urgent signs', figures: fleschKincaid(drug.urgentSigns.map((sign) => sign.text)) },
  ];
}

/** The printed report: a heading per drug, then one line per row with its grade and counts. */
export function formatReport(drugs: readonly DrugData[]): string[] {
  const lines: string[] = [];
  for (const drug of drugs) {
    lines.push('', `${drug.displayName}: Flesch-Kincaid grade (US school grade; lower is easier)`, '');
    const rows = readabilityReport(drug);
    const width = Math.max(...rows.map((row) => row.label.length));
    for (const { label, figures } of rows) {
      lines.push(
        `${label.padEnd(width)}  grade ${figures.grade.toFixed(1).padStart(5)}   ` +
          `(${figures.sentences} sentences, ${figures.words} words, ${figures.syllables} syllables)`,
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
