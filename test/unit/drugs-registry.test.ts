// @vitest-environment node
/**
 * Adding a drug is data only: a second drug from a fixture file goes through the same validating
 * registry as the bundle, and the page matcher then finds its names and its interaction table.
 */
import { describe, expect, it } from 'vitest';
import fictorin from '../fixtures/drugs/fictorin.json';
import { BUNDLED_DRUGS, getDrug } from '../../src/drugs';
import { registerDrug } from '../../src/drugs/registry';
import { validateDrug } from '../../src/drugs/validate';
import { compileMatcher } from '../../src/matcher';

describe('a second drug from a data file', () => {
  it('is valid data', () => {
    const result = validateDrug(fictorin);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  const registry = registerDrug(fictorin, BUNDLED_DRUGS);

  it('registers beside the bundled drugs', () => {
    expect(registry.map((drug) => drug.id)).toEqual([...BUNDLED_DRUGS.map((drug) => drug.id), 'fictorin']);
    expect(getDrug('fictorin', registry)?.displayName).toBe('Fictorin (test drug)');
    expect(getDrug('fictorin')).toBeUndefined();
  });

  it('is found by the matcher built from the registry, by generic, brand and foreign name', () => {
    const text = 'She was given Fictonex (fictorin), called фикторином in Russian, and later Klonopin.';
    const found = compileMatcher(registry)
      .findMentions(text)
      .map((match) => [text.slice(match.start, match.end), match.drugId, match.kind]);
    expect(found).toEqual([
      ['Fictonex', 'fictorin', 'brand'],
      ['fictorin', 'fictorin', 'generic'],
      ['фикторином', 'fictorin', 'foreign'],
      ['Klonopin', 'clonazepam', 'brand'],
    ]);
  });

  it('has its interaction table scanned too', () => {
    const text = 'Do not mix it with Quorvex.';
    const [match] = compileMatcher(registry).findInteractants(text);
    expect(match).toMatchObject({
      drugId: 'fictorin',
      interactionId: 'quorvastat',
      member: 'quorvastat',
      variant: 'Quorvex',
    });
  });

  it('is not found before it is registered', () => {
    expect(compileMatcher(BUNDLED_DRUGS).findMentions('Fictonex and fictorin')).toEqual([]);
  });

  it('is rejected, like any drug, when the data breaks a rule', () => {
    const broken = structuredClone(fictorin);
    broken.sections.pop();
    expect(() => registerDrug(broken, BUNDLED_DRUGS)).toThrow(/sections: expected/);
  });
});
