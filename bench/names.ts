/** Every bundled drug name as one case-insensitive whole-word pattern (for mark.js, the peer). */
import { BUNDLED_DRUGS } from '../src/drugs';

function namesOf(): string[] {
  const names = new Set<string>();
  for (const drug of BUNDLED_DRUGS) {
    drug.names.generic.forEach((name) => names.add(name));
    drug.names.brands.forEach((brand) => names.add(brand.name));
    drug.names.internationalBrands.forEach((brand) => names.add(brand.name));
    drug.names.misspellings.forEach((name) => names.add(name));
    drug.names.slang.forEach((slang) => names.add(slang.name));
    drug.names.otherLanguages.forEach((foreign) => names.add(foreign.name));
  }
  return [...names];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function namesPattern(): RegExp {
  return new RegExp(`\\b(?:${namesOf().map(escape).join('|')})\\b`, 'gi');
}
