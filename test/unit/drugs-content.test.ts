// @vitest-environment node
/**
 * What the bundled reference must hold, checked on the data itself (independently of
 * validateDrug's own walk): sources resolve and are all used, sections are complete and in order,
 * interaction names are unique and found by the page matcher, urgent items say where to get help,
 * and the topics the issue lists are all there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { SECTION_IDS, type DrugData, type ReferenceBlock, type ReferenceSection } from '../../src/drugs/schema';
import { compileMatcher } from '../../src/matcher';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REFERENCE_DIR = process.env.MEDGLANCE_REFERENCE_DIR
  ? resolve(process.env.MEDGLANCE_REFERENCE_DIR)
  : resolve(REPO_ROOT, '../shared/reference');

const clonazepam = BUNDLED_DRUGS.find((drug) => drug.id === 'clonazepam')!;

/** Every `sources` array anywhere in the data except the top-level source list, found generically. */
function citedIds(value: unknown, atTop = true): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => citedIds(entry, false));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]) => {
    if (key === 'sources' && !atTop) return entry as string[];
    if (key === 'sources' && atTop) return [];
    return citedIds(entry, false);
  });
}

function blocksOf(section: ReferenceSection): ReferenceBlock[] {
  return [...section.blocks, ...(section.subsections ?? []).flatMap((sub) => sub.blocks)];
}

function textsOf(section: ReferenceSection): string[] {
  return blocksOf(section).flatMap((block) =>
    block.kind === 'paragraph' ? [block.text] : block.items.map((item) => item.text),
  );
}

function section(drug: DrugData, id: string): ReferenceSection {
  const found = drug.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function allNames(drug: DrugData): { interactionId: string; generic: string; name: string }[] {
  return drug.interactions.flatMap((interaction) =>
    interaction.members.flatMap((member) =>
      [member.generic, ...member.brands, ...(member.aliases ?? [])].map((name) => ({
        interactionId: interaction.id,
        generic: member.generic,
        name,
      })),
    ),
  );
}

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))('%s: sources', (_id, drug) => {
  it('every cited source id resolves to a listed source', () => {
    const listed = new Set(drug.sources.map((source) => source.id));
    const cited = citedIds(drug);
    expect(cited.length).toBeGreaterThan(drug.sections.length);
    expect(cited.filter((id) => !listed.has(id))).toEqual([]);
  });

  it('every listed source is cited somewhere', () => {
    const cited = new Set(citedIds(drug));
    expect(drug.sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('every source has a title, publisher, web address and the section it supports', () => {
    for (const source of drug.sources) {
      expect(source.title.trim(), source.id).not.toBe('');
      expect(source.publisher.trim(), source.id).not.toBe('');
      expect(source.section.trim(), source.id).not.toBe('');
      expect(new URL(source.url).protocol, source.id).toMatch(/^https?:$/);
    }
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))('%s: sections and interactions', (_id, drug) => {
  it('has every section, in the schema order, each with text', () => {
    expect(drug.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    for (const s of drug.sections) expect(textsOf(s).join(' ').trim().length, s.id).toBeGreaterThan(0);
  });

  it('lists each interaction name once across the whole table (case-folded)', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const { interactionId, name } of allNames(drug)) {
      const key = name.toLocaleLowerCase('en');
      const owner = seen.get(key);
      if (owner !== undefined) repeats.push(`${name} (${owner} and ${interactionId})`);
      seen.set(key, interactionId);
    }
    expect(repeats).toEqual([]);
  });

  it('the page matcher finds every interaction name standing alone in a sentence', () => {
    const matcher = compileMatcher(BUNDLED_DRUGS);
    const missed: string[] = [];
    for (const { interactionId, generic, name } of allNames(drug)) {
      const sentence = `Yesterday the doctor mentioned ${name} during the visit.`;
      const start = sentence.indexOf(name);
      const found = matcher
        .findInteractants(sentence)
        .find((match) => match.drugId === drug.id && match.interactionId === interactionId && match.start === start);
      if (!found || found.member !== generic || found.end < start + name.length) missed.push(name);
    }
    expect(missed).toEqual([]);
  });

  it('the matcher does not report interaction names inside ordinary words', () => {
    const matcher = compileMatcher(BUNDLED_DRUGS);
    const sentence = 'The alcoholic beverage industry and the cannabissimo band met at the kavalier bar.';
    expect(matcher.findInteractants(sentence).map((match) => match.variant)).toEqual([]);
  });
});

describe('clonazepam: required content', () => {
  it('states the tooltip summary with the boxed warning first', () => {
    const boxedSources = new Set(clonazepam.sources.filter((s) => /^Boxed Warning/i.test(s.section)).map((s) => s.id));
    expect(boxedSources.size).toBeGreaterThan(0);
    expect(clonazepam.summary.warnings[0].sources.some((id) => boxedSources.has(id))).toBe(true);
    expect(clonazepam.summary.warnings[0].text).toMatch(/opioid/i);
  });

  it('gives the US emergency, crisis and poison numbers, and the local number elsewhere', () => {
    const numbers = clonazepam.emergencyHelp.map((help) => help.number);
    expect(numbers).toEqual(expect.arrayContaining(['911', '988', '1-800-222-1222']));
    expect(numbers.some((number) => /local emergency number/i.test(number))).toBe(true);
  });

  it('lists the urgent signs the issue names', () => {
    const signs = clonazepam.urgentSigns.map((sign) => sign.text).join(' | ');
    for (const pattern of [/slow|shallow/i, /woken|wake/i, /blu(e|ish) lips/i, /suicide/i, /seizure after stopping/i]) {
      expect(signs).toMatch(pattern);
    }
  });

  it('every urgent item in the reference says to get help now, with a number', () => {
    const unclear: string[] = [];
    for (const s of clonazepam.sections) {
      for (const block of blocksOf(s)) {
        if (block.kind !== 'list') continue;
        for (const item of block.items) {
          if (!item.urgent) continue;
          const said = `${block.title ?? ''} ${item.text}`;
          if (!/911|988|1-800-222-1222|emergency/i.test(said)) unclear.push(item.text);
        }
      }
    }
    const urgentCount = clonazepam.sections
      .flatMap(blocksOf)
      .flatMap((b) => (b.kind === 'list' ? b.items : []))
      .filter((i) => i.urgent).length;
    expect(urgentCount).toBeGreaterThanOrEqual(5);
    expect(unclear).toEqual([]);
  });

  it('marks off-label uses, and does not list general anxiety as an approved use', () => {
    const lists = blocksOf(section(clonazepam, 'uses')).filter((b) => b.kind === 'list');
    const offLabel = lists.filter((b) => /off-label/i.test(b.title ?? ''));
    expect(offLabel.length).toBe(1);
    expect(offLabel[0]!.items.every((item) => item.offLabel === true)).toBe(true);
    const approved = lists.find((b) => /approved/i.test(b.title ?? '') && !/off-label/i.test(b.title ?? ''))!;
    expect(approved.items.some((item) => item.offLabel)).toBe(false);
    expect(approved.items.map((item) => item.text).join(' ')).not.toMatch(/anxiety disorder|general(ized)? anxiety/i);
    expect(textsOf(section(clonazepam, 'uses')).join(' ')).toMatch(/general anxiety is not an approved/i);
  });

  it('follows the label where the article differs: the boxed warning in three parts, liver disease and acute narrow-angle glaucoma as contraindications', () => {
    const boxed = blocksOf(section(clonazepam, 'boxed-warning')).flatMap((b) =>
      b.kind === 'list' ? b.items.map((item) => item.text) : [],
    );
    expect(boxed).toHaveLength(3);
    expect(boxed[0]).toMatch(/^Opioids/);
    expect(boxed[1]).toMatch(/^Abuse, misuse and addiction/);
    expect(boxed[2]).toMatch(/^Dependence and withdrawal/);
    const contraindications = section(clonazepam, 'cautions').blocks.find(
      (b) => b.kind === 'list' && /contraindication/i.test(b.title ?? ''),
    );
    const reasons = contraindications?.kind === 'list' ? contraindications.items : [];
    expect(
      reasons.some(
        (item) => /significant liver disease/i.test(item.text) && item.sources.includes('label-contraindications'),
      ),
    ).toBe(true);
    expect(
      reasons.some(
        (item) => /acute narrow-angle glaucoma/i.test(item.text) && item.sources.includes('label-contraindications'),
      ),
    ).toBe(true);
  });

  it('gives the label frequencies for the common side effects', () => {
    const withFrequency = blocksOf(section(clonazepam, 'side-effects'))
      .flatMap((b) => (b.kind === 'list' ? b.items : []))
      .filter((item) => item.frequency);
    expect(withFrequency.map((item) => item.frequency).join(' ')).toMatch(/50%.*30%.*25%/);
  });

  it('covers each dosage topic', () => {
    const titles = (section(clonazepam, 'dosage').subsections ?? []).map((sub) => sub.title).join(' | ');
    for (const topic of [
      /seizure.*adults/i,
      /seizure.*children/i,
      /panic/i,
      /maximum/i,
      /older adults/i,
      /missed dose/i,
    ]) {
      expect(titles).toMatch(topic);
    }
    const text = textsOf(section(clonazepam, 'dosage')).join(' ');
    expect(text).toMatch(/20 mg a day/);
    expect(text).toMatch(/4 mg a day/);
  });

  it('covers each group who should not take it or needs caution', () => {
    const titles = (section(clonazepam, 'cautions').subsections ?? []).map((sub) => sub.title).join(' | ');
    for (const topic of [
      /liver/i,
      /narrow-angle glaucoma/i,
      /breathing/i,
      /pregnancy/i,
      /breastfeeding/i,
      /older adults/i,
      /substance use/i,
      /depression/i,
    ]) {
      expect(titles).toMatch(topic);
    }
    expect(textsOf(section(clonazepam, 'cautions')).join(' ')).toMatch(/significant liver disease/i);
  });

  it('has the interaction classes the issue lists', () => {
    const ids = clonazepam.interactions.map((interaction) => interaction.id);
    for (const id of [
      'opioids',
      'alcohol',
      'benzodiazepines',
      'z-drugs',
      'barbiturates',
      'sedating-antihistamines',
      'gabapentinoids',
      'muscle-relaxants',
      'antipsychotics',
      'cyp3a-inducers',
      'cyp3a-inhibitors',
    ]) {
      expect(ids).toContain(id);
    }
    expect(clonazepam.interactions.find((i) => i.id === 'opioids')!.severity).toBe('serious');
  });

  it('leaves out the names the fact sheet marks as unverified (†)', () => {
    const sheet = readFileSync(resolve(REFERENCE_DIR, 'clonazepam-facts.md'), 'utf8');
    const daggered = [...sheet.matchAll(/([A-Za-z][A-Za-z-]+)†/g)].map((match) => match[1]!.toLocaleLowerCase('en'));
    expect(daggered).toEqual(expect.arrayContaining(['prozac', 'onfi', 'depakote', 'lamictal']));
    const members = new Set(allNames(clonazepam).map(({ name }) => name.toLocaleLowerCase('en')));
    // methadone and buprenorphine carry the mark in the opioid row, but the FDA's 2017
    // communication names both; every other marked name stays out.
    const namedElsewhere = new Set(['methadone', 'buprenorphine']);
    expect(daggered.filter((name) => members.has(name) && !namedElsewhere.has(name))).toEqual([]);
  });

  it('never tells the reader to start, stop or change a dose', () => {
    const orders = /^(?:please\s+)?(?:start|stop|increase|decrease|reduce|lower|raise|double|skip|change|take|quit)\b/i;
    const sentences = clonazepam.sections
      .flatMap(textsOf)
      .concat(
        clonazepam.interactions.map((i) => i.advice),
        clonazepam.summary.warnings.map((w) => w.text),
        [clonazepam.disclaimer],
      )
      .flatMap((text) => text.split(/(?<=[.!?;:])\s+/));
    expect(sentences.filter((sentence) => orders.test(sentence.trim()))).toEqual([]);
  });
});

describe("clonazepam: the founding article's topics", () => {
  /** Each heading of the article, with the section that covers it and words that show it is covered. */
  const coverage: Record<string, { section: string; says: RegExp[] }> = {
    'What is Klonopin?': { section: 'what-it-is', says: [/benzodiazepine/i, /Klonopin/] },
    'The Medical Uses of Klonopin': { section: 'uses', says: [/approved/i, /off-label/i] },
    'How Klonopin Works in the Body': { section: 'how-it-works', says: [/GABA/, /half-life/i] },
    'The Benefits of Klonopin': { section: 'benefits', says: [/placebo/i] },
    // The article presents anxiety as a use; the label approves panic disorder only, and says so.
    'Treating Anxiety with Klonopin': {
      section: 'uses',
      says: [/general anxiety is not an approved/i, /panic disorder/i],
    },
    "Klonopin's Role in Seizure Prevention": { section: 'uses', says: [/seizure/i, /absence seizures/i] },
    'The Risks and Side Effects of Klonopin': { section: 'side-effects', says: [/emergency help/i] },
    'Common Side Effects of Klonopin': { section: 'side-effects', says: [/drowsiness/i, /coordination/i] },
    'The Risk of Dependency and Addiction': { section: 'dependence', says: [/dependen/i, /addiction/i] },
    'Understanding Klonopin Withdrawal and Detox': { section: 'withdrawal', says: [/withdrawal/i, /detox/i] },
    'Symptoms of Klonopin Withdrawal': { section: 'withdrawal', says: [/withdrawal symptoms/i, /seizures/i] },
    'The Process of Klonopin Detox': { section: 'withdrawal', says: [/taper/i, /prescriber plans/i] },
    'Safe Use of Klonopin': { section: 'dosage', says: [/swallowed whole/i, /food/i] },
    'Recommended Dosage and Administration': { section: 'dosage', says: [/starting dose/i, /missed dose/i] },
    'Interactions and Contraindications': {
      section: 'cautions',
      says: [/allergic reaction to any benzodiazepine/i, /contraindication/i],
    },
    "The Debate: Klonopin's Benefits vs Risks": {
      section: 'debate',
      says: [/case for using it/i, /case for caution/i],
    },
    'Medical Opinions on Klonopin Use': { section: 'debate', says: [/guidelines/i, /NICE/] },
    'Personal Experiences with Klonopin': { section: 'debate', says: [/person to person/i] },
  };

  it('the coverage list names every heading of the article', () => {
    const lines = readFileSync(resolve(REFERENCE_DIR, 'klonopin-article.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    const body = lines.slice(
      lines.indexOf('What is Klonopin?'),
      lines.findIndex((line) => line.startsWith('Aura Health App')),
    );
    const headings = body.filter((line) => line.length > 0 && line.length < 70 && !/[.:!]$/.test(line));
    expect(headings).toEqual(Object.keys(coverage));
  });

  it.each(Object.entries(coverage))('covers "%s"', (_heading, { section: id, says }) => {
    const s = section(clonazepam, id);
    const text = [
      s.title,
      ...(s.subsections ?? []).map((sub) => sub.title),
      ...blocksOf(s).map((b) => (b.kind === 'list' ? (b.title ?? '') : '')),
      ...textsOf(s),
    ].join(' \n ');
    for (const pattern of says) expect(text, `${id}: ${pattern}`).toMatch(pattern);
  });

  it("covers the article's interaction classes (opioids, antihistamines, sedatives) in the table", () => {
    const ids = clonazepam.interactions.map((interaction) => interaction.id);
    expect(ids).toEqual(expect.arrayContaining(['opioids', 'sedating-antihistamines', 'z-drugs', 'barbiturates']));
  });
});
