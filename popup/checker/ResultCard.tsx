import type { DrugData } from '../../src/drugs/schema';
import { SeverityBadge } from '../components/SeverityBadge';
import { SourceLinks } from '../components/SourceLinks';
import type { NameHit } from './name-index';

/** One listed interaction between a checked medicine and a bundled drug. */
export function ResultCard({ hit, checkedName }: { hit: NameHit; checkedName: string }) {
  const { drug, interaction, member } = hit;
  // The interaction's sources, then where the member's brand names were read.
  const sourceIds = [...new Set([...interaction.sources, ...(member.sources ?? [])])];
  const scale = drug.severityScale ?? [];
  const meaning = scale.find((definition) => definition.level === interaction.severity)?.meaning;
  return (
    <li class={`result-card result-${interaction.severity}`}>
      <h4 class="result-title">
        {checkedName} + {drug.displayName}
        <span class="result-group"> ({interaction.name})</span>
      </h4>
      <p class="result-severity">
        <SeverityBadge level={interaction.severity} scale={scale} />
        {meaning && <span class="severity-meaning"> {meaning}</span>}
      </p>
      <dl class="effect-advice">
        <dt>What happens</dt>
        <dd>{interaction.effect}</dd>
        <dt>What to watch for and who to ask</dt>
        <dd>{interaction.advice}</dd>
      </dl>
      <SourceLinks
        ids={sourceIds}
        sources={drug.sources ?? []}
        heading={sourceIds.length === 1 ? 'Source' : 'Sources'}
        headingLevel={5}
      />
    </li>
  );
}

/** What the checker says about a name the tables do not list. */
export function UnknownNameNotice({ name, drugs }: { name: string; drugs: readonly DrugData[] }) {
  const drugNames = drugs.map((drug) => drug.displayName).join(' or ');
  return (
    <div class="unknown-name" role="note">
      <p>
        <strong>The interaction list has no entry for “{name}”.</strong>
      </p>
      <p>
        That does not mean it is safe to take with {drugNames}: the list is not complete. A pharmacist or the prescriber
        can tell you about this pair.
      </p>
    </div>
  );
}
