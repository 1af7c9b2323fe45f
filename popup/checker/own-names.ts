import type { DrugData } from '../../src/drugs/schema';
import { foldKey } from '../lib/text';

/** Every name of each bundled drug (brands, other languages, misspellings), folded. */
export function ownNames(drugs: readonly DrugData[]): Map<string, DrugData> {
  const names = new Map<string, DrugData>();
  for (const drug of drugs) {
    const all = [
      drug.displayName,
      ...(drug.names?.generic ?? []),
      ...(drug.names?.brands ?? []).map((brand) => brand.name),
      ...(drug.names?.internationalBrands ?? []).map((brand) => brand.name),
      ...(drug.names?.misspellings ?? []),
      ...(drug.names?.slang ?? []).map((slang) => slang.name),
      ...(drug.names?.otherLanguages ?? []).map((name) => name.name),
    ];
    for (const name of all) if (typeof name === 'string' && foldKey(name)) names.set(foldKey(name), drug);
  }
  return names;
}
