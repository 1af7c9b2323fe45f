// @vitest-environment node
/**
 * Copy check: facts carry over from the reference material, sentences do not. No run of 8 or more
 * consecutive words of any bundled string may appear in any file under the shared reference
 * folder (../shared/reference beside the repository, or MEDGLANCE_REFERENCE_DIR), after folding
 * case and punctuation. Source addresses (url fields) are exempt: they are citations and must
 * match the reference exactly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';

const RUN = 8;
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REFERENCE_DIR = process.env.MEDGLANCE_REFERENCE_DIR
  ? resolve(process.env.MEDGLANCE_REFERENCE_DIR)
  : resolve(REPO_ROOT, '../shared/reference');

/** Lower case, accents kept, every run of non-letters/digits becomes one space. */
function foldWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function runsOf(words: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + length <= words.length; i += 1) runs.push(words.slice(i, i + length).join(' '));
  return runs;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every string in a value with the path to it, skipping the keys in `skip`. */
function stringsIn(value: unknown, path: string, skip: ReadonlySet<string>): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((entry, i) => stringsIn(entry, `${path}[${i}]`, skip));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) =>
      skip.has(key) ? [] : stringsIn(entry, `${path}.${key}`, skip),
    );
  }
  return [];
}

/** The first shared run of RUN words between each text and the reference runs. */
function copiedRuns(texts: { path: string; text: string }[], referenceRuns: ReadonlySet<string>): string[] {
  return texts.flatMap(({ path, text }) => {
    const hit = runsOf(foldWords(text), RUN).find((run) => referenceRuns.has(run));
    return hit === undefined ? [] : [`${path}: "${hit}"`];
  });
}

describe('copy check against the shared reference material', () => {
  it('finds the reference folder and its files', () => {
    expect(
      existsSync(REFERENCE_DIR),
      `reference folder not found at ${REFERENCE_DIR} (set MEDGLANCE_REFERENCE_DIR)`,
    ).toBe(true);
    expect(filesUnder(REFERENCE_DIR).length).toBeGreaterThan(0);
  });

  const referenceRuns = new Set<string>();
  if (existsSync(REFERENCE_DIR)) {
    for (const file of filesUnder(REFERENCE_DIR)) {
      for (const run of runsOf(foldWords(readFileSync(file, 'utf8')), RUN)) referenceRuns.add(run);
    }
  }

  it('the check itself flags a sentence lifted from the reference, and not one of our own', () => {
    const lifted = readFileSync(join(REFERENCE_DIR, 'klonopin-article.txt'), 'utf8')
      .split('\n')
      .find((line) => foldWords(line).length > 12)!;
    expect(copiedRuns([{ path: 'probe', text: lifted.toUpperCase().replace(/ /g, '  ') }], referenceRuns)).toHaveLength(
      1,
    );
    expect(
      copiedRuns(
        [{ path: 'probe', text: 'A slow taper is planned together with the prescriber over several weeks.' }],
        referenceRuns,
      ),
    ).toEqual([]);
  });

  for (const drug of BUNDLED_DRUGS) {
    it(`${drug.id}: no run of ${RUN} words is copied from the reference`, () => {
      const texts = stringsIn(drug, drug.id, new Set(['url']));
      expect(texts.length).toBeGreaterThan(100);
      expect(copiedRuns(texts, referenceRuns)).toEqual([]);
    });
  }
});
