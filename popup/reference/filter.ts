/**
 * What the reference shows for a query: the sections, blocks, list items, sub-sections and
 * interactions that match, and where each section's sources come from.
 */
import type { DrugData, Interaction, ReferenceBlock, ReferenceSection, SourceId } from '../../src/drugs/schema';
import { matchedGroups, matchesAny, type SearchQuery } from './search';

export interface SubsectionView {
  title: string;
  blocks: ReferenceBlock[];
}

export interface SectionView {
  section: ReferenceSection;
  blocks: ReferenceBlock[];
  subsections: SubsectionView[];
  /** The interaction table, shown in the section with id "interactions". */
  interactions: Interaction[];
}

export function interactionText(interaction: Interaction): string {
  const members = interaction.members.flatMap((member) => [
    member.generic,
    ...member.brands,
    ...(member.aliases ?? []),
  ]);
  return [interaction.name, ...members, interaction.effect, interaction.advice].join(' \n ');
}

function blockText(block: ReferenceBlock): string {
  if (block.kind === 'paragraph') return block.text;
  return [block.title ?? '', ...block.items.map((item) => item.text)].join(' \n ');
}

function sectionText(section: ReferenceSection, interactions: Interaction[]): string {
  return [
    section.title,
    ...section.blocks.map(blockText),
    ...(section.subsections ?? []).flatMap((sub) => [sub.title, ...sub.blocks.map(blockText)]),
    ...interactions.map(interactionText),
  ].join(' \n ');
}

function filterBlocks(blocks: ReferenceBlock[], query: SearchQuery): ReferenceBlock[] {
  const kept: ReferenceBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (matchesAny(block.text, query)) kept.push(block);
      continue;
    }
    if (block.title && matchesAny(block.title, query)) {
      kept.push(block);
      continue;
    }
    const items = block.items.filter((item) => matchesAny(item.text, query));
    if (items.length > 0) kept.push({ ...block, items });
  }
  return kept;
}

function fullView(section: ReferenceSection, interactions: Interaction[]): SectionView {
  return { section, blocks: section.blocks, subsections: section.subsections ?? [], interactions };
}

export function sectionViews(drug: DrugData, query: SearchQuery | null): SectionView[] {
  const views: SectionView[] = [];
  for (const section of drug.sections) {
    const interactions = section.id === 'interactions' ? drug.interactions : [];
    if (!query) {
      views.push(fullView(section, interactions));
      continue;
    }
    if (!matchedGroups(sectionText(section, interactions), query).every(Boolean)) continue;
    if (matchesAny(section.title, query)) {
      views.push(fullView(section, interactions));
      continue;
    }
    const subsections: SubsectionView[] = [];
    for (const sub of section.subsections ?? []) {
      if (matchesAny(sub.title, query)) subsections.push(sub);
      else {
        const blocks = filterBlocks(sub.blocks, query);
        if (blocks.length > 0) subsections.push({ title: sub.title, blocks });
      }
    }
    const view: SectionView = {
      section,
      blocks: filterBlocks(section.blocks, query),
      subsections,
      interactions: interactions.filter((interaction) => matchesAny(interactionText(interaction), query)),
    };
    if (view.blocks.length + view.subsections.length + view.interactions.length > 0) views.push(view);
  }
  return views;
}

/** The source ids a section cites, in order of first use (whole section, not only what a search shows). */
export function sectionSourceIds(section: ReferenceSection, interactions: Interaction[]): SourceId[] {
  const ids = new Set<SourceId>();
  const addBlock = (block: ReferenceBlock) => {
    if (block.kind === 'paragraph') block.sources.forEach((id) => ids.add(id));
    else block.items.forEach((item) => item.sources.forEach((id) => ids.add(id)));
  };
  section.blocks.forEach(addBlock);
  (section.subsections ?? []).forEach((sub) => sub.blocks.forEach(addBlock));
  interactions.forEach((interaction) => {
    interaction.sources.forEach((id) => ids.add(id));
    // Where a brand-to-generic pairing was read.
    interaction.members.forEach((member) => member.sources?.forEach((id) => ids.add(id)));
  });
  return [...ids];
}
