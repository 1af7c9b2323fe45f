/**
 * What the extension pages (popup, options, full-page reference) ship: the drug data and the
 * settings validation they need, and nothing that only the tests use: not the drug-data validator
 * (the tests hold the bundled data to it), not the test fixtures, not test libraries. Reads the
 * build under test (MEDGLANCE_DIST or dist/); no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './harness/session';

const PAGES = ['popup/index.html', 'popup/options.html', 'popup/reference.html'];

/** Every script a page loads: its module entry, the chunks it preloads, and their imports, transitively. */
function scriptsOf(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import\()\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${match[1]!}`);
  }
  return [...seen];
}

describe.each(['chrome', 'firefox'])('extension pages in the %s build', (target) => {
  const root = join(distDir(), target);

  it.each(PAGES)('%s ships the drug data but no test-only code', (page) => {
    const files = scriptsOf(root, page);
    expect(files.length).toBeGreaterThan(1);
    const code = files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    // The data is there (the reference and the checker render it)…
    expect(code).toContain('Klonopin');
    // …but not the drug-data validator (src/drugs/validate.ts and registry.ts), the test fixtures or test libraries.
    const testOnly = [
      'must be a lower-case slug',
      'needs at least one source id',
      'DrugDataError',
      'is already registered',
      'fictorin',
      'Testazolam',
      'TEST-CLASS',
      'fast-check',
      '@testing-library',
      'vitest',
    ];
    expect(testOnly.filter((marker) => code.includes(marker))).toEqual([]);
    // One copy of the data, and the whole page stays small (it is mostly the data).
    expect(code.split('Rosenbaum, Moroz and Bowden').length - 1).toBe(1);
    expect(code.length).toBeLessThan(160_000);
  });
});
