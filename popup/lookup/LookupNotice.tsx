import type { LookupResult } from './classify';

/**
 * What a lookup of selected text found, said at the top of the popup. Text that names nothing
 * MedGlance knows says so and offers the interaction checker (which suggests near spellings).
 */
export function LookupNotice({ result, onCheck }: { result: LookupResult; onCheck: () => void }) {
  if (result.kind === 'drug') {
    return (
      <p class="lookup-notice" role="status">
        Looking up “{result.text}”: {result.drug.displayName}.
      </p>
    );
  }
  if (result.kind === 'interactant') {
    return (
      <p class="lookup-notice" role="status">
        Looking up “{result.text}”: {result.name} is in the interaction checker.
      </p>
    );
  }
  return (
    <div class="lookup-notice lookup-none" role="status">
      <p>“{result.text}” names no medicine MedGlance knows.</p>
      <button type="button" class="button" onClick={onCheck}>
        Check it in the interaction checker
      </button>
    </div>
  );
}
