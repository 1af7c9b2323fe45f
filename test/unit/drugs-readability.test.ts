// @vitest-environment node
/**
 * Readability: the tooltip summary of every bundled drug reads at US grade 8 or below
 * (Flesch-Kincaid), and the counter behind that figure behaves as the formula says.
 */
import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  fleschKincaid,
  formatReport,
  readabilityReport,
  sentences,
  summaryTexts,
} from '../../scripts/readability';
import { BUNDLED_DRUGS } from '../../src/drugs';

describe('the Flesch-Kincaid counter', () => {
  it('counts syllables of common words, including silent endings', () => {
    const expected: Record<string, number> = {
      cat: 1,
      makes: 1,
      used: 1,
      table: 2,
      people: 2,
      added: 2,
      uses: 2,
      breathing: 2,
      seizures: 2,
      medicine: 3,
      opioids: 3,
      benzodiazepine: 6,
    };
    for (const [word, count] of Object.entries(expected)) expect(countSyllables(word), word).toBe(count);
  });

  it('splits sentences at end punctuation but not inside numbers like 0.5', () => {
    expect(sentences('Take 0.5 mg. Then wait! Is it done? Yes')).toHaveLength(4);
  });

  it('applies the formula: 0.39 words/sentence + 11.8 syllables/word - 15.59', () => {
    const figures = fleschKincaid(['The cat sat on the mat.']);
    expect(figures).toMatchObject({ sentences: 1, words: 6, syllables: 6 });
    expect(figures.grade).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 5);
  });

  it('grades long sentences of long words higher than short plain ones', () => {
    const plain = fleschKincaid(['It can make you sleepy. Do not drink with it.']).grade;
    const dense = fleschKincaid([
      'Concomitant administration of benzodiazepines and opioid analgesics may precipitate profound respiratory depression, necessitating individualized pharmacotherapeutic evaluation.',
    ]).grade;
    expect(plain).toBeLessThan(4);
    expect(dense).toBeGreaterThan(16);
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))('%s tooltip summary', (_id, drug) => {
  it('reads at Flesch-Kincaid grade 8 or below', () => {
    const { grade, words } = fleschKincaid(summaryTexts(drug));
    expect(words).toBeGreaterThan(20);
    expect(grade).toBeLessThanOrEqual(8);
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))(
  '%s readability report (npm run readability)',
  (_id, drug) => {
    it('has a grade for the tooltip summary and for every section, in order', () => {
      const rows = readabilityReport(drug);
      expect(rows[0]!.label).toBe('Tooltip summary');
      expect(rows.slice(1, 1 + drug.sections.length).map((row) => row.label)).toEqual(
        drug.sections.map((s) => `${s.id}: ${s.title}`),
      );
      for (const row of rows) {
        expect(row.figures.words, row.label).toBeGreaterThan(0);
        expect(Number.isFinite(row.figures.grade), row.label).toBe(true);
      }
    });

    it('prints one line with a grade per row', () => {
      const printed = formatReport([drug]).filter((line) => / grade +-?\d+\.\d /.test(line));
      expect(printed).toHaveLength(readabilityReport(drug).length);
      for (const section of drug.sections)
        expect(printed.some((line) => line.startsWith(`${section.id}: ${section.title}`))).toBe(true);
    });
  },
);
