/**
 * Registering drugs at run time: every value goes through validateDrug (schema and rules) first.
 * The bundled drugs (./index.ts) are held to the same rules by the test suite instead, so pages
 * never pay for validation.
 */
import type { DrugData } from './schema';
import { validateDrug } from './validate';

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
