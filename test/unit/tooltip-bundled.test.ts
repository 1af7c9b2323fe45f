/** The tooltip's summary built from the real bundled clonazepam data, for every kind of name. */
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../content/tooltip/summary';
import { BUNDLED_DRUGS } from '../../src/drugs/index';

const drug = BUNDLED_DRUGS.find((candidate) => candidate.id === 'clonazepam')!;

describe('tooltip summary from the bundled clonazepam data', () => {
  it.each([
    ['brand', 'Klonopin', 'Klonopin', /^, a brand of clonazepam, a benzodiazepine/],
    ['brand', 'Rivotril', 'Rivotril', /^, a brand of clonazepam sold in Canada, .*United Kingdom/],
    ['generic', 'clonazepam', 'Clonazepam', /^, a benzodiazepine/],
    ['misspelling', 'klonopen', 'klonopen', /^, probably means clonazepam, /],
    ['slang', 'K-pin', 'K-pins', /^, a street name for clonazepam, /],
    ['foreign', 'クロナゼパム', 'クロナゼパム', /^, a name for clonazepam in Japanese, /],
  ] as const)('%s "%s"', (kind, variant, written, identity) => {
    const model = buildSummary(drug, { kind, variant }, written, []);
    expect(model.identity).toMatch(identity);
    expect(model.warnings).toHaveLength(3);
    expect(model.warnings[0]).toEqual({ text: drug.summary.warnings[0].text, boxed: true });
    expect(model.treats).toBe(drug.summary.treats.text);
    expect(model.urgentSigns.length).toBeGreaterThan(0);
    expect(model.emergencyHelp.join(' ')).toContain('911');
    expect(model.sources.length).toBeGreaterThan(0);
    expect(model.disclaimer).toBe(drug.disclaimer);
  });

  it('every interaction row has a tooltip line the other-drugs list can use', () => {
    for (const row of drug.interactions) {
      const member = row.members[0]!.generic;
      const model = buildSummary(drug, { kind: 'brand', variant: 'Klonopin' }, 'Klonopin', [
        { drugId: drug.id, interactionId: row.id, member },
      ]);
      expect(model.otherDrugs).toHaveLength(1);
      expect(model.otherDrugs[0]!.text).toMatch(
        new RegExp(`^This page also mentions ${member.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S.*\\.$`),
      );
      expect(model.otherDrugs[0]!.text).not.toMatch(/\.\.$/);
    }
  });
});
