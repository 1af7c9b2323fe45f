import { describe, expect, it } from 'vitest';
import { buildSummary, cleanWrittenName, firstSentence, otherDrugLines } from '../../content/tooltip/summary';
import { fixtureDrug } from './tooltip-fixture';

const drug = fixtureDrug();

describe('tooltip summary: what the written name is', () => {
  it.each([
    ['brand', 'Klonopin', 'Klonopin', ', a brand of clonazepam, a TEST-KIND medicine'],
    ['generic', 'clonazepam', 'clonazePAM', ', a TEST-KIND medicine'],
    ['misspelling', 'klonopen', 'Klonopen', ', probably means clonazepam, a TEST-KIND medicine'],
    ['slang', 'K-pin', 'k-pins', ', a street name for clonazepam, a TEST-KIND medicine'],
  ] as const)('%s', (kind, variant, written, identity) => {
    const model = buildSummary(drug, { kind, variant }, written, []);
    expect(model.writtenName).toBe(written);
    expect(model.identity).toBe(identity);
    expect(model.writtenLang).toBeUndefined();
  });

  it('says which listed name a typo was read as, and describes that name', () => {
    const brand = buildSummary(drug, { kind: 'brand', variant: 'Klonopin', typo: true }, 'kolonopin', []);
    expect(brand.writtenName).toBe('kolonopin');
    expect(brand.identity).toBe(', read as Klonopin, a brand of clonazepam, a TEST-KIND medicine');
    const generic = buildSummary(drug, { kind: 'generic', variant: 'clonazepam', typo: true }, 'clonazpam', []);
    expect(generic.identity).toBe(', read as clonazepam, a TEST-KIND medicine');
  });

  it('names the countries of an international brand from the data', () => {
    const model = buildSummary(drug, { kind: 'brand', variant: 'Ravotril' }, 'Ravotril', []);
    expect(model.identity).toBe(', a brand of clonazepam sold in Chile, a TEST-KIND medicine');
    const several = buildSummary(drug, { kind: 'brand', variant: 'Landsen' }, 'LANDSEN', []);
    expect(several.identity).toContain('sold in Japan,');
  });

  it('names the language of a foreign name and marks its lang', () => {
    const ja = buildSummary(drug, { kind: 'foreign', variant: 'クロナゼパム' }, 'クロナゼパム', []);
    expect(ja.identity).toBe(', a name for clonazepam in Japanese, a TEST-KIND medicine');
    expect(ja.writtenLang).toBe('ja');
    // The same spelling is listed for Russian and Ukrainian.
    const ru = buildSummary(drug, { kind: 'foreign', variant: 'клоназепам' }, 'Клоназепам', []);
    expect(ru.identity).toContain('in Russian or Ukrainian');
  });

  it('drops a possessive or trademark sign from the name as written', () => {
    expect(cleanWrittenName("Klonopin's")).toBe('Klonopin');
    expect(cleanWrittenName('Klonopin\u2019s')).toBe('Klonopin');
    expect(cleanWrittenName('Klonopin\u00AE')).toBe('Klonopin');
    expect(cleanWrittenName('Klonopin-induced')).toBe('Klonopin-induced');
  });
});

describe('tooltip summary: content from the data', () => {
  const model = buildSummary(drug, { kind: 'brand', variant: 'Klonopin' }, 'Klonopin', []);

  it('takes treats, the three warnings (boxed first), urgent help and the disclaimer from the data', () => {
    expect(model.treats).toBe('TEST-TREATS panic and seizures.');
    expect(model.warnings).toEqual([
      { text: 'TEST-BOXED warning text.', boxed: true },
      { text: 'TEST-SECOND warning.', boxed: false },
      { text: 'TEST-THIRD warning.', boxed: false },
    ]);
    expect(model.urgentSigns).toBe('TEST-URGENT slow breathing, TEST-URGENT cannot wake.');
    expect(model.emergencyHelp).toEqual(['Emergency: 911 (US)']);
    expect(model.disclaimer).toBe('TEST-DISCLAIMER not medical advice.');
  });

  it('names only the sources behind what it shows, one entry per publisher', () => {
    expect(model.sources.map((source) => source.publisher)).toEqual(['Publisher A', 'Publisher B']);
    expect(model.sources.map((source) => source.publisher)).not.toContain('Never Cited');
  });

  it('adds the sources of the interactions it lists', () => {
    const withOthers = buildSummary(drug, { kind: 'brand', variant: 'Klonopin' }, 'Klonopin', [
      { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' },
    ]);
    expect(withOthers.sources.map((source) => source.publisher)).toContain('Publisher D');
  });
});

describe('tooltip summary: the boxed warning in one line', () => {
  it('is the first sentence of the boxed warning', () => {
    expect(firstSentence('Taken with X, it can harm. It can also lead to Y.')).toBe('Taken with X, it can harm.');
    expect(firstSentence('One sentence only.')).toBe('One sentence only.');
    // Abbreviations and numbers followed by lower case do not end the sentence.
    expect(firstSentence('Doses above 0.5 mg, e.g. at night, matter. Next.')).toBe(
      'Doses above 0.5 mg, e.g. at night, matter.',
    );
  });

  it('comes from the data\u2019s first warning', () => {
    const model = buildSummary(
      fixtureDrug({
        summary: {
          ...fixtureDrug().summary,
          warnings: [
            { text: 'TEST-BOXED first. TEST-BOXED second.', sources: [] },
            { text: 'B', sources: [] },
            { text: 'C', sources: [] },
          ],
        },
      }),
      { kind: 'generic', variant: 'clonazepam' },
      'clonazepam',
      [],
    );
    expect(model.boxedLine).toBe('TEST-BOXED first.');
  });
});

describe('tooltip summary: urgent help', () => {
  it('joins the signs in the data\u2019s words and groups the contacts by label', () => {
    const model = buildSummary(
      fixtureDrug({
        urgentSigns: [
          { text: 'Slow breathing', sources: [] },
          { text: 'Someone who cannot be woken.', sources: [] },
          { text: 'HIV test signs', sources: [] },
          { text: 'A seizure', sources: [] },
          { text: 'I feel faint', sources: [] },
        ],
        emergencyHelp: [
          { label: 'emergency services', number: '911', region: 'US', sources: [] },
          { label: 'emergency services', number: 'your local number', region: 'elsewhere', sources: [] },
          { label: 'Poison Help', number: '1-800', region: 'US', sources: [] },
        ],
      }),
      { kind: 'generic', variant: 'clonazepam' },
      'clonazepam',
      [],
    );
    expect(model.urgentSigns).toBe(
      'Slow breathing, someone who cannot be woken, HIV test signs, a seizure, I feel faint.',
    );
    expect(model.emergencyHelp).toEqual([
      'Emergency services: 911 (US), your local number (elsewhere)',
      'Poison Help: 1-800 (US)',
    ]);
  });
});

describe('tooltip summary: the page\u2019s other drugs', () => {
  it('lists interacting drugs most severe first, with label and the data\u2019s line', () => {
    const lines = otherDrugLines(drug, [
      { drugId: 'clonazepam', interactionId: 'inducers', member: 'carbamazepine' },
      { drugId: 'clonazepam', interactionId: 'alcohol', member: 'alcohol' },
      { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' },
    ]);
    expect(lines.map((line) => [line.severityLabel, line.text])).toEqual([
      [
        'Contraindicated',
        'This page also mentions oxycodone: TEST-LINE taking them together can slow breathing dangerously.',
      ],
      ['Serious', 'This page also mentions alcohol: TEST-LINE alcohol adds to the sedation.'],
      ['Moderate', 'This page also mentions carbamazepine: TEST-LINE lowers levels.'],
    ]);
    expect(lines.map((line) => line.short)).toEqual([
      'oxycodone: TEST-LINE taking them together can slow breathing dangerously',
      'alcohol: TEST-LINE alcohol adds to the sedation',
      'carbamazepine: TEST-LINE lowers levels',
    ]);
  });

  it('lists each member once, ignores other drugs\u2019 tables and unknown interactions', () => {
    const lines = otherDrugLines(drug, [
      { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' },
      { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' },
      { drugId: 'clonazepam', interactionId: 'opioids', member: 'hydrocodone' },
      { drugId: 'other-drug', interactionId: 'opioids', member: 'morphine' },
      { drugId: 'clonazepam', interactionId: 'no-such-row', member: 'x' },
    ]);
    expect(lines.map((line) => line.member)).toEqual(['oxycodone', 'hydrocodone']);
  });

  it('is empty when the page names no interacting drug', () => {
    expect(otherDrugLines(drug, [])).toEqual([]);
  });
});
