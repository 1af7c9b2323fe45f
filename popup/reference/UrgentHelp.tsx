import { browserLocale, emergencyHelpFor } from '../../src/drugs/emergency-help';
import type { DrugData } from '../../src/drugs/schema';

/**
 * Emergency numbers and urgent signs, from the drug data. The numbers stay visible in the summary
 * line; the signs open below it. The reference keeps this box in its sticky bar.
 */
export function UrgentHelp({
  drug,
  open = false,
  id = 'urgent-help',
  locale = browserLocale(),
}: {
  drug: DrugData;
  open?: boolean;
  id?: string;
  /** The reader's locale: picks the local emergency numbers. */
  locale?: string | undefined;
}) {
  const help = emergencyHelpFor(drug.emergencyHelp, locale);
  if (drug.urgentSigns.length === 0 && help.length === 0) return null;
  // The summary line has room for numbers only; entries without digits are listed in the body.
  const dialable = help.filter((help) => /\d/.test(help.number));
  return (
    <details class="urgent-help" id={id} open={open}>
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
        {help.length > 0 && (
          <>
            <h2 class="urgent-heading">Who to call</h2>
            <ul class="emergency-list">
              {help.map((entry, index) => (
                <li key={index}>
                  <strong>{entry.number}</strong> {entry.label}
                  {entry.region ? ` (${entry.region})` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
