/**
 * Fills in whatever a drug's data does not hold yet, so the popup renders partial data (while the
 * reference is being written, or from a newly added drug) instead of failing.
 */
import type { DrugData } from '../../src/drugs/schema';

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

export function withDefaults(drug: DrugData): DrugData {
  const partial = drug as Partial<DrugData> & Pick<DrugData, 'id'>;
  return {
    ...drug,
    displayName: partial.displayName ?? partial.id,
    sections: list(partial.sections).map((section) => ({
      ...section,
      blocks: list(section.blocks),
      subsections: list(section.subsections).map((sub) => ({ ...sub, blocks: list(sub.blocks) })),
    })),
    interactions: list(partial.interactions).map((interaction) => ({
      ...interaction,
      members: list(interaction.members).map((member) => ({ ...member, brands: list(member.brands) })),
      sources: list(interaction.sources),
    })),
    severityScale: list(partial.severityScale),
    urgentSigns: list(partial.urgentSigns),
    emergencyHelp: list(partial.emergencyHelp),
    sources: list(partial.sources),
    disclaimer: partial.disclaimer ?? '',
    lastReviewed: partial.lastReviewed ?? '',
  };
}
