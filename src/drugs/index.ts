/**
 * The bundled drugs. Adding a drug is data only: write its data file beside this one and list it
 * here. The test suite validates every bundled drug (schema, sources, names) with the same rules
 * that ./registry.ts applies to drugs registered at run time.
 */
import type { DrugData } from './schema';
import { clonazepam } from './clonazepam';

export const BUNDLED_DRUGS: readonly DrugData[] = [clonazepam];

export function getDrug(id: string, drugs: readonly DrugData[] = BUNDLED_DRUGS): DrugData | undefined {
  return drugs.find((drug) => drug.id === id);
}
