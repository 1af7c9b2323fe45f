// @vitest-environment node
/**
 * The schema and data rules, through validateDrug and the registry: every bundled drug passes,
 * and each kind of broken data is rejected with an issue that says what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { DrugDataError, createRegistry, registerDrug } from '../../src/drugs/registry';
import { clonazepam } from '../../src/drugs/clonazepam';
import type { DrugData } from '../../src/drugs/schema';
import { validateDrug } from '../../src/drugs/validate';

function issuesOf(value: unknown): string[] {
  const result = validateDrug(value);
  return result.ok ? [] : result.issues;
}

/** A deep copy of the clonazepam data, changed by `edit`, as plain data (what a data file holds). */
function broken(edit: (drug: DrugData & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(clonazepam) as DrugData & Record<string, unknown>;
  edit(copy);
  return copy;
}

function firstParagraph(drug: DrugData) {
  const block = drug.sections[0]!.blocks.find((b) => b.kind === 'paragraph');
  if (!block || block.kind !== 'paragraph') throw new Error('fixture: no paragraph in the first section');
  return block;
}

describe('bundled drugs', () => {
  it('registers at least clonazepam', () => {
    expect(BUNDLED_DRUGS.map((drug) => drug.id)).toContain('clonazepam');
  });

  for (const drug of BUNDLED_DRUGS) {
    it(`${drug.id} passes the schema and every data rule`, () => {
      expect(issuesOf(drug)).toEqual([]);
    });
  }
});

describe('validateDrug rejects broken data', () => {
  const cases: { name: string; value: unknown; issue: RegExp }[] = [
    {
      name: 'a paragraph citing a source that does not exist',
      value: broken((d) => firstParagraph(d).sources.push('no-such-source')),
      issue: /cites unknown source "no-such-source"/,
    },
    {
      name: 'a source that nothing cites',
      value: broken((d) =>
        d.sources.push({ id: 'orphan', title: 'T', publisher: 'P', url: 'https://example.org/', section: 'S' }),
      ),
      issue: /"orphan" is never cited/,
    },
    {
      name: 'an item with no source',
      value: broken((d) => {
        firstParagraph(d).sources = [];
      }),
      issue: /needs at least one source id/,
    },
    {
      name: 'a missing section',
      value: broken((d) => {
        d.sections = d.sections.filter((s) => s.id !== 'debate');
      }),
      issue: /sections: expected .* in that order/,
    },
    {
      name: 'sections out of order',
      value: broken((d) => {
        d.sections = [d.sections[1]!, d.sections[0]!, ...d.sections.slice(2)];
      }),
      issue: /sections: expected .* in that order/,
    },
    {
      name: 'an empty section',
      value: broken((d) => {
        const section = d.sections.find((s) => s.id === 'overdose')!;
        section.blocks = [];
        delete section.subsections;
      }),
      issue: /sections\.overdose: is empty/,
    },
    {
      name: 'a list without items',
      value: broken((d) => {
        d.sections[0]!.blocks.push({ kind: 'list', items: [] });
      }),
      issue: /a list needs at least one item/,
    },
    {
      name: 'an interaction name repeated in another interaction, differing only in case',
      value: broken((d) => d.interactions.find((i) => i.id === 'barbiturates')!.members[0]!.brands.push('xANAX')),
      issue: /name "xANAX" is also listed in interactions\.benzodiazepines/,
    },
    {
      name: 'a name repeated with only a different apostrophe',
      value: broken((d) =>
        d.interactions
          .find((i) => i.id === 'cyp3a-inducers')!
          .members.find((m) => m.generic.startsWith('St John'))!
          .aliases!.push("St John's wort"),
      ),
      issue: /name "St John's wort" is also listed/,
    },
    {
      name: 'a severity outside the four levels',
      value: broken((d) => {
        (d.interactions[0] as { severity: string }).severity = 'severe';
      }),
      issue: /interactions\.0\.severity/,
    },
    {
      name: 'a severity scale missing a level',
      value: broken((d) => {
        d.severityScale = d.severityScale.slice(0, 3);
      }),
      issue: /severityScale: expected contraindicated, serious, moderate, minor/,
    },
    {
      name: 'a misspelt field name',
      value: broken((d) => {
        (d.sections[0] as unknown as Record<string, unknown>).subsection = [];
      }),
      issue: /sections\.0\.subsection/,
    },
    {
      name: 'only two tooltip warnings',
      value: broken((d) => {
        (d.summary as { warnings: unknown[] }).warnings = d.summary.warnings.slice(0, 2);
      }),
      issue: /summary\.warnings/,
    },
    {
      name: 'a source without an http(s) address',
      value: broken((d) => {
        d.sources[0]!.url = 'dailymed';
      }),
      issue: /sources\.0\.url/,
    },
    {
      name: 'a source without a publisher',
      value: broken((d) => {
        d.sources[0]!.publisher = '  ';
      }),
      issue: /sources\.0\.publisher: must not be empty/,
    },
    { name: 'something that is not a drug', value: 'clonazepam', issue: /./ },
  ];

  for (const { name, value, issue } of cases) {
    it(name, () => {
      const issues = issuesOf(value);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.join('\n')).toMatch(issue);
    });
  }
});

describe('the registry', () => {
  it('registers valid data without changing the registry it was given', () => {
    const other = broken((d) => {
      d.id = 'clonazepam-copy';
    });
    const before = [clonazepam] as const;
    const after = registerDrug(other, before);
    expect(after.map((drug) => drug.id)).toEqual(['clonazepam', 'clonazepam-copy']);
    expect(before).toHaveLength(1);
  });

  it('rejects invalid data with the issues listed', () => {
    const value = broken((d) => firstParagraph(d).sources.push('no-such-source'));
    expect(() => registerDrug(value)).toThrow(DrugDataError);
    expect(() => registerDrug(value)).toThrow(/no-such-source/);
  });

  it('rejects a second drug with an id already registered', () => {
    expect(() => createRegistry([clonazepam, structuredClone(clonazepam)])).toThrow(/already registered/);
  });
});
