/**
 * The registry of bundled drugs. Adding a drug: add its data file beside this one and list it here.
 */
import type { DrugData } from './schema';
import { clonazepam } from './clonazepam';

// TODO(issue 4): clonazepam becomes a complete DrugData; drop the cast then.
export const BUNDLED_DRUGS: readonly DrugData[] = [clonazepam as DrugData];

export function getDrug(id: string, drugs: readonly DrugData[] = BUNDLED_DRUGS): DrugData | undefined {
  return drugs.find((drug) => drug.id === id);
}
