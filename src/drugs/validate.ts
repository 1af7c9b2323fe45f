/**
 * Runtime validation of a drug's data: the shape (a valibot schema mirroring ./schema.ts) and the
 * rules the types cannot express (every cited source exists and every source is cited, sections
 * complete and in order, interaction names unique). The registry runs it on every drug, bundled or
 * registered at run time, so a data file that breaks a rule is rejected with readable issues.
 */
import * as v from 'valibot';
import { SECTION_IDS, SEVERITY_LEVELS, type DrugData, type SourceId } from './schema';

const Text = v.pipe(
  v.string(),
  v.check((text) => text.trim().length > 0, 'must not be empty'),
);
const SourceIds = v.pipe(v.array(Text), v.minLength(1, 'needs at least one source id'));

const SourcedTextSchema = v.strictObject({ text: Text, sources: SourceIds });

const NamesSchema = v.strictObject({
  generic: v.pipe(v.array(Text), v.minLength(1, 'needs the generic name')),
  brands: v.array(v.strictObject({ name: Text, sources: SourceIds })),
  internationalBrands: v.array(v.strictObject({ name: Text, countries: v.array(Text), sources: SourceIds })),
  misspellings: v.array(Text),
  slang: v.array(v.strictObject({ name: Text, sources: SourceIds })),
  otherLanguages: v.array(
    v.strictObject({
      name: Text,
      lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u, 'must be a BCP 47 language code')),
      sources: SourceIds,
    }),
  ),
});

const ListItemSchema = v.strictObject({
  text: Text,
  sources: SourceIds,
  offLabel: v.optional(v.boolean()),
  frequency: v.optional(Text),
  urgent: v.optional(v.boolean()),
});

const BlockSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('paragraph'), text: Text, sources: SourceIds }),
  v.strictObject({
    kind: v.literal('list'),
    title: v.optional(Text),
    items: v.pipe(v.array(ListItemSchema), v.minLength(1, 'a list needs at least one item')),
  }),
]);

const SectionSchema = v.strictObject({
  id: v.picklist(SECTION_IDS),
  title: Text,
  blocks: v.array(BlockSchema),
  subsections: v.optional(
    v.array(
      v.strictObject({
        title: Text,
        blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'a subsection needs at least one block')),
      }),
    ),
  ),
});

const MemberSchema = v.strictObject({
  generic: Text,
  brands: v.array(Text),
  aliases: v.optional(v.array(Text)),
  sources: v.optional(SourceIds),
});

const InteractionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'must be a lower-case slug')),
  name: Text,
  members: v.pipe(v.array(MemberSchema), v.minLength(1, 'needs at least one member')),
  severity: v.picklist(SEVERITY_LEVELS),
  effect: Text,
  advice: Text,
  tooltipLine: Text,
  sources: SourceIds,
});

const SourceSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'must be a lower-case slug')),
  title: Text,
  publisher: Text,
  url: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//u, 'must be an http(s) address')),
  section: Text,
});

export const DrugDataSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'must be a lower-case slug')),
  displayName: Text,
  names: NamesSchema,
  drugClass: SourcedTextSchema,
  schedule: SourcedTextSchema,
  summary: v.strictObject({
    whatItIs: SourcedTextSchema,
    treats: SourcedTextSchema,
    warnings: v.strictTuple([SourcedTextSchema, SourcedTextSchema, SourcedTextSchema]),
  }),
  sections: v.array(SectionSchema),
  interactions: v.array(InteractionSchema),
  severityScale: v.array(v.strictObject({ level: v.picklist(SEVERITY_LEVELS), label: Text, meaning: Text })),
  urgentSigns: v.pipe(v.array(SourcedTextSchema), v.minLength(1, 'needs at least one urgent sign')),
  emergencyHelp: v.pipe(
    v.array(
      v.strictObject({
        label: Text,
        number: Text,
        region: Text,
        sources: SourceIds,
        where: v.optional(
          v.array(v.pipe(v.string(), v.regex(/^(?:[A-Z]{2}|EU|other)$/u, 'must be a region code, "EU" or "other"'))),
        ),
      }),
    ),
    v.minLength(1, 'needs at least one emergency number'),
  ),
  disclaimer: Text,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  lastReviewed: v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)')),
});

// The schema above must describe exactly the DrugData type: tsc fails here if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMirrorsTypes: Same<v.InferOutput<typeof DrugDataSchema>, DrugData> = true;
void schemaMirrorsTypes;

export type DrugValidation = { ok: true; drug: DrugData } | { ok: false; issues: string[] };

/** Checks a value against the schema and the data rules. Never throws. */
export function validateDrug(value: unknown): DrugValidation {
  const parsed = v.safeParse(DrugDataSchema, value);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`) };
  }
  const issues = dataRuleIssues(parsed.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, drug: parsed.output };
}

/** Every place a source id is cited, with a readable path for error messages. */
export function citedSourceIds(drug: DrugData): { path: string; id: SourceId }[] {
  const cited: { path: string; id: SourceId }[] = [];
  const cite = (path: string, ids: readonly SourceId[] | undefined) => {
    for (const id of ids ?? []) cited.push({ path, id });
  };
  drug.names.brands.forEach((brand, i) => cite(`names.brands.${i}`, brand.sources));
  drug.names.internationalBrands.forEach((brand, i) => cite(`names.internationalBrands.${i}`, brand.sources));
  drug.names.slang.forEach((name, i) => cite(`names.slang.${i}`, name.sources));
  drug.names.otherLanguages.forEach((name, i) => cite(`names.otherLanguages.${i}`, name.sources));
  cite('drugClass', drug.drugClass.sources);
  cite('schedule', drug.schedule.sources);
  cite('summary.whatItIs', drug.summary.whatItIs.sources);
  cite('summary.treats', drug.summary.treats.sources);
  drug.summary.warnings.forEach((warning, i) => cite(`summary.warnings.${i}`, warning.sources));
  drug.sections.forEach((section) => {
    const blockGroups = [
      { path: `sections.${section.id}`, blocks: section.blocks },
      ...(section.subsections ?? []).map((sub, i) => ({
        path: `sections.${section.id}.subsections.${i}`,
        blocks: sub.blocks,
      })),
    ];
    for (const { path, blocks } of blockGroups) {
      blocks.forEach((block, b) => {
        if (block.kind === 'paragraph') cite(`${path}.blocks.${b}`, block.sources);
        else block.items.forEach((item, i) => cite(`${path}.blocks.${b}.items.${i}`, item.sources));
      });
    }
  });
  drug.interactions.forEach((interaction) => {
    cite(`interactions.${interaction.id}`, interaction.sources);
    interaction.members.forEach((member, i) => cite(`interactions.${interaction.id}.members.${i}`, member.sources));
  });
  drug.urgentSigns.forEach((sign, i) => cite(`urgentSigns.${i}`, sign.sources));
  drug.emergencyHelp.forEach((help, i) => cite(`emergencyHelp.${i}`, help.sources));
  return cited;
}

/** Every name an interaction member can be found by: generic, brands, aliases. */
export function memberNames(member: DrugData['interactions'][number]['members'][number]): string[] {
  return [member.generic, ...member.brands, ...(member.aliases ?? [])];
}

/** Two names are the same name when they differ only in case, dashes, apostrophes or spacing. */
function fold(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[\u2010-\u2013\u2212]/gu, '-')
    .replace(/[\u2019\u02BC]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The rules a schema cannot express. Returns readable issues; empty when the data is sound. */
export function dataRuleIssues(drug: DrugData): string[] {
  const issues: string[] = [];

  const sourceIds = new Set<string>();
  for (const source of drug.sources) {
    if (sourceIds.has(source.id)) issues.push(`sources: id "${source.id}" is listed twice`);
    sourceIds.add(source.id);
  }
  const cited = citedSourceIds(drug);
  for (const { path, id } of cited) {
    if (!sourceIds.has(id)) issues.push(`${path}: cites unknown source "${id}"`);
  }
  const citedIds = new Set(cited.map(({ id }) => id));
  for (const id of sourceIds) {
    if (!citedIds.has(id)) issues.push(`sources: "${id}" is never cited`);
  }

  const order = drug.sections.map((section) => section.id).join(',');
  if (order !== SECTION_IDS.join(',')) {
    issues.push(`sections: expected ${SECTION_IDS.join(', ')} in that order, found ${order || 'none'}`);
  }
  for (const section of drug.sections) {
    const blockCount = section.blocks.length + (section.subsections ?? []).reduce((n, sub) => n + sub.blocks.length, 0);
    if (blockCount === 0) issues.push(`sections.${section.id}: is empty`);
  }

  const interactionIds = new Set<string>();
  const nameOwners = new Map<string, string>();
  for (const interaction of drug.interactions) {
    if (interactionIds.has(interaction.id)) issues.push(`interactions: id "${interaction.id}" is listed twice`);
    interactionIds.add(interaction.id);
    for (const member of interaction.members) {
      for (const name of memberNames(member)) {
        const key = fold(name);
        const owner = nameOwners.get(key);
        if (owner !== undefined)
          issues.push(`interactions.${interaction.id}: name "${name}" is also listed in ${owner}`);
        else nameOwners.set(key, `interactions.${interaction.id}`);
      }
    }
  }

  // The top level claims a label contraindication, so a row may use it only when it cites a
  // source whose cited part is a contraindications section.
  const contraindicationSources = new Set(
    drug.sources.filter((source) => /contraindicat/iu.test(source.section)).map((source) => source.id),
  );
  for (const interaction of drug.interactions) {
    if (interaction.severity !== 'contraindicated') continue;
    if (!interaction.sources.some((id) => contraindicationSources.has(id))) {
      issues.push(
        `interactions.${interaction.id}: is rated contraindicated but cites no source whose section is a contraindication`,
      );
    }
  }

  const levels = drug.severityScale.map((definition) => definition.level).join(',');
  if (levels !== SEVERITY_LEVELS.join(',')) {
    issues.push(`severityScale: expected ${SEVERITY_LEVELS.join(', ')} in that order, found ${levels || 'none'}`);
  }

  return issues;
}
