/**
 * The registry of drugs. Adding a drug is data only: write its data file beside this one (or load
 * it at run time) and pass it through registerDrug, the same validating path the bundle uses.
 */
import type { DrugData } from './schema';
import { validateDrug } from './validate';
import { clonazepam } from './clonazepam';

export class DrugDataError extends Error {
  constructor(
    readonly drugId: string,
    readonly issues: readonly string[],
  ) {
    super(`Drug data "${drugId}" is invalid:\n- ${issues.join('\n- ')}`);
    this.name = 'DrugDataError';
  }
}

/**
 * Validates a drug's data and returns a new registry with it added. Throws DrugDataError when the
 * data breaks the schema or its rules, or when its id is already registered.
 */
export function registerDrug(value: unknown, registry: readonly DrugData[] = []): readonly DrugData[] {
  const result = validateDrug(value);
  const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '(no id)';
  if (!result.ok) throw new DrugDataError(id, result.issues);
  if (registry.some((drug) => drug.id === result.drug.id)) {
    throw new DrugDataError(id, [`id "${result.drug.id}" is already registered`]);
  }
  return [...registry, result.drug];
}

/** Builds a registry from data values, in order. */
export function createRegistry(values: readonly unknown[]): readonly DrugData[] {
  return values.reduce<readonly DrugData[]>((registry, value) => registerDrug(value, registry), []);
}

export const BUNDLED_DRUGS: readonly DrugData[] = createRegistry([clonazepam]);

export function getDrug(id: string, drugs: readonly DrugData[] = BUNDLED_DRUGS): DrugData | undefined {
  return drugs.find((drug) => drug.id === id);
}
