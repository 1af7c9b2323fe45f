import type { SeverityDefinition, SeverityLevel } from '../../src/drugs/schema';

export function severityLabel(level: SeverityLevel, scale: SeverityDefinition[]): string {
  return scale.find((definition) => definition.level === level)?.label ?? level;
}

/** The severity of an interaction as a coloured label; the colour repeats what the text says. */
export function SeverityBadge({ level, scale }: { level: SeverityLevel; scale: SeverityDefinition[] }) {
  return (
    <span class={`severity severity-${level}`}>
      <span class="visually-hidden">Severity: </span>
      {severityLabel(level, scale)}
    </span>
  );
}
