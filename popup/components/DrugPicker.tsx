import type { DrugData } from '../../src/drugs/schema';

/** Chooses which bundled drug the reference shows; hidden while only one is bundled. */
export function DrugPicker({
  drugs,
  selected,
  onSelect,
}: {
  drugs: readonly DrugData[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  if (drugs.length < 2) return null;
  return (
    <p class="drug-picker">
      <label for="drug-picker">Medicine</label>{' '}
      <select id="drug-picker" value={selected} onChange={(event) => onSelect(event.currentTarget.value)}>
        {drugs.map((drug) => (
          <option key={drug.id} value={drug.id}>
            {drug.displayName}
          </option>
        ))}
      </select>
    </p>
  );
}
