import type { Interaction, SeverityDefinition, SourceId } from '../../src/drugs/schema';
import { SeverityBadge } from '../components/SeverityBadge';
import { CitationMarks } from '../components/SourceLinks';
import { Marked } from './Marked';
import type { SearchQuery } from './search';

/** "oxycodone (OxyContin, Percocet)", "alcohol (also ethanol)": every name the checker and search know. */
function memberLabel(member: Interaction['members'][number]): string {
  const others = [
    ...member.brands,
    ...(member.aliases ?? []).map((alias, index) => (index === 0 ? `also ${alias}` : alias)),
  ];
  return others.length > 0 ? `${member.generic} (${others.join(', ')})` : member.generic;
}

/** The drug's interaction table as a list of cards (a wide table does not fit 400 px). */
export function InteractionTable({
  interactions,
  scale,
  query,
  sourceOrder,
}: {
  interactions: Interaction[];
  scale: SeverityDefinition[];
  query: SearchQuery | null;
  sourceOrder: SourceId[];
}) {
  if (interactions.length === 0) return null;
  return (
    <ul class="interaction-list">
      {interactions.map((interaction) => (
        <li key={interaction.id} class="interaction-card">
          <h3 class="interaction-name">
            <Marked text={interaction.name} query={query} />{' '}
            <SeverityBadge level={interaction.severity} scale={scale} />
          </h3>
          <p class="members">
            {interaction.members.map((member, index) => (
              <span key={member.generic}>
                {index > 0 && '; '}
                <Marked text={memberLabel(member)} query={query} />
                {member.sources && <CitationMarks ids={member.sources} order={sourceOrder} />}
              </span>
            ))}
          </p>
          <dl class="effect-advice">
            <dt>What happens</dt>
            <dd>
              <Marked text={interaction.effect} query={query} />
            </dd>
            <dt>What to watch for and who to ask</dt>
            <dd>
              <Marked text={interaction.advice} query={query} />
              <CitationMarks ids={interaction.sources} order={sourceOrder} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
