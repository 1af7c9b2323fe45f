import type { SeverityDefinition } from '../../src/drugs/schema';
import { SeverityBadge } from './SeverityBadge';

/** Explains the four severity levels, from the drug data. */
export function SeverityScale({ scale, open = false }: { scale: SeverityDefinition[]; open?: boolean }) {
  if (scale.length === 0) return null;
  return (
    <details class="severity-scale" open={open}>
      <summary>What the severity levels mean</summary>
      <dl>
        {scale.map((definition) => (
          <div class="severity-scale-row" key={definition.level}>
            <dt>
              <SeverityBadge level={definition.level} scale={scale} />
            </dt>
            <dd>{definition.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
