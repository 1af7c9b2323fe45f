import type { DrugData } from '../../src/drugs/schema';

/**
 * Emergency numbers and urgent signs, from the drug data. The numbers stay visible in the summary
 * line; the signs open below it. The reference keeps this box in its sticky bar.
 */
export function UrgentHelp({ drug, open = false }: { drug: DrugData; open?: boolean }) {
  if (drug.urgentSigns.length === 0 && drug.emergencyHelp.length === 0) return null;
  // The summary line has room for numbers only; entries without digits are listed in the body.
  const dialable = drug.emergencyHelp.filter((help) => /\d/.test(help.number));
  return (
    <details class="urgent-help" id="urgent-help" open={open}>
      <summary>
        <strong class="urgent-title">Urgent help</strong>
        {dialable.length > 0 && (
          <span class="urgent-numbers">
            {dialable.map((help, index) => (
              <span key={index} class="urgent-number">
                {help.number}
              </span>
            ))}
          </span>
        )}
      </summary>
      <div class="urgent-body">
        {drug.urgentSigns.length > 0 && (
          <>
            <h2 class="urgent-heading">Get emergency help now for</h2>
            <ul>
              {drug.urgentSigns.map((sign, index) => (
                <li key={index}>{sign.text}</li>
              ))}
            </ul>
          </>
        )}
        {drug.emergencyHelp.length > 0 && (
          <>
            <h2 class="urgent-heading">Who to call</h2>
            <ul class="emergency-list">
              {drug.emergencyHelp.map((help, index) => (
                <li key={index}>
                  <strong>{help.number}</strong> {help.label}
                  {help.region ? ` (${help.region})` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
