// @vitest-environment node
/**
 * Readability: what people read first is plain. The tooltip summary of every bundled drug reads at
 * US grade 7 or below (Flesch-Kincaid) and the opening paragraph of every reference section at
 * grade 8 or below; the counter behind those figures behaves as the formula says.
 */
import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  fleschKincaid,
  formatReport,
  interactionFirstReads,
  OPENING_GRADE_LIMIT,
  openingTexts,
  readabilityReport,
  restTexts,
  sectionTexts,
  sentences,
  severityFirstReads,
  SUMMARY_GRADE_LIMIT,
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

describe('the grade limits', () => {
  it('are the ones the health copy must meet: summary 7, section openings 8', () => {
    expect(SUMMARY_GRADE_LIMIT).toBe(7);
    expect(OPENING_GRADE_LIMIT).toBe(8);
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))('%s tooltip summary', (_id, drug) => {
  it(`reads at Flesch-Kincaid grade ${SUMMARY_GRADE_LIMIT} or below`, () => {
    const { grade, words } = fleschKincaid(summaryTexts(drug));
    expect(words).toBeGreaterThan(20);
    expect(grade).toBeLessThanOrEqual(SUMMARY_GRADE_LIMIT);
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))('%s reference sections', (_id, drug) => {
  it.each(drug.sections.map((section) => [section.id, section] as const))(
    `%s opens with a paragraph at Flesch-Kincaid grade ${OPENING_GRADE_LIMIT} or below`,
    (_sectionId, section) => {
      const opening = fleschKincaid(openingTexts(section));
      expect(opening.words, 'an opening of a few words is not a paragraph').toBeGreaterThanOrEqual(12);
      expect(opening.grade).toBeLessThanOrEqual(OPENING_GRADE_LIMIT);
    },
  );

  it('the opening and the rest together are the whole section, in order', () => {
    for (const section of drug.sections)
      expect([...openingTexts(section), ...restTexts(section)]).toEqual(sectionTexts(section));
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))('%s interaction checker', (_id, drug) => {
  it(`what each pair shows first (tooltip line, first sentence of what happens) reads at grade ${OPENING_GRADE_LIMIT} or below`, () => {
    const texts = interactionFirstReads(drug);
    expect(texts).toHaveLength(2 * drug.interactions.length);
    expect(texts.every((text) => text.length > 0)).toBe(true);
    expect(fleschKincaid(texts).grade).toBeLessThanOrEqual(OPENING_GRADE_LIMIT);
  });

  it(`the care line shown beside the results reads at grade ${OPENING_GRADE_LIMIT} or below`, () => {
    expect(fleschKincaid([drug.disclaimer]).grade).toBeLessThanOrEqual(OPENING_GRADE_LIMIT);
  });

  it(`the first sentence of each severity level's meaning reads at grade ${OPENING_GRADE_LIMIT} or below`, () => {
    const texts = severityFirstReads(drug);
    expect(texts).toHaveLength(drug.severityScale.length);
    expect(fleschKincaid(texts).grade).toBeLessThanOrEqual(OPENING_GRADE_LIMIT);
  });
});

describe('the opening-paragraph check', () => {
  it('fails a section whose opening is dense, however plain the rest', () => {
    const [section] = BUNDLED_DRUGS[0]!.sections;
    const dense = {
      ...section!,
      blocks: [
        {
          kind: 'paragraph' as const,
          text: 'Concomitant administration of benzodiazepines and opioid analgesics may precipitate profound respiratory depression, necessitating individualized pharmacotherapeutic evaluation.',
          sources: [],
        },
        ...section!.blocks,
      ],
    };
    expect(fleschKincaid(openingTexts(dense)).grade).toBeGreaterThan(OPENING_GRADE_LIMIT);
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))(
  '%s readability report (npm run readability)',
  (_id, drug) => {
    it('has a grade for the tooltip summary and for every section, in order', () => {
      const rows = readabilityReport(drug);
      expect(rows[0]!.label).toBe('Tooltip summary');
      expect(rows.slice(1, 1 + 2 * drug.sections.length).map((row) => row.label)).toEqual(
        drug.sections.flatMap((s) => [`${s.id}: ${s.title} (opening)`, `${s.id}: ${s.title} (rest)`]),
      );
      for (const row of rows) {
        expect(row.figures.words, row.label).toBeGreaterThan(0);
        expect(Number.isFinite(row.figures.grade), row.label).toBe(true);
      }
    });

    it('prints one line with a grade per row', () => {
      const printed = formatReport([drug]).filter((line) => / grade +-?\d+\.\d /.test(line));
      expect(printed).toHaveLength(readabilityReport(drug).length);
      for (const section of drug.sections) {
        const opening = printed.find((line) => line.startsWith(`${section.id}: ${section.title} (opening)`));
        expect(opening, section.id).toMatch(new RegExp(`limit ${OPENING_GRADE_LIMIT}: (ok|OVER)$`));
        expect(printed.some((line) => line.startsWith(`${section.id}: ${section.title} (rest)`))).toBe(true);
      }
    });
  },
);
