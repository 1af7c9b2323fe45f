/**
 * The benchmark (`npm run bench`) still works: a small run on small pages against the build
 * under test prints its tables and writes a JSON file with every row measured. No timing is
 * asserted: a shared machine is too noisy for that (bench/README.md).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { chromeExtensionDir } from './harness/chromium';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'medglance-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface BenchJson {
  scanner: { page: string; contender: string; runs: { ms: number }[] }[];
  pages: {
    idle: { page: string; contender: string; runs: { scriptMs: number; heapMiB: number }[] }[];
    highlights: { page: string; mentions: number; runs: { firstMs: number; allMs: number; badgeMs: number }[] }[];
    peer: { page: string; runs: { allMs: number; marks: number }[] }[];
    sizes: { file: string; bytes: number; role: string }[];
  };
}

describe('npm run bench', () => {
  it(
    'runs small and reports every row: scanner, idle cost beside the floor, highlight and badge times, sizes',
    { timeout: 240_000 },
    async () => {
      const json = join(out, 'bench.json');
      const { stdout } = await run('npx', ['tsx', 'bench/run.ts'], {
        env: {
          ...process.env,
          BENCH_SIZE: 'small',
          RUNS: '1',
          BENCH_SETTLE_MS: '300',
          BENCH_JSON: json,
          MEDGLANCE_BENCH_EXTENSION: chromeExtensionDir(),
        },
        maxBuffer: 16 * 1024 * 1024,
      });
      expect(stdout).toMatch(/x floor/);
      expect(stdout).toMatch(/Sum of extra script/);
      const result = JSON.parse(readFileSync(json, 'utf8')) as BenchJson;
      expect(result.scanner.length).toBeGreaterThanOrEqual(16);
      for (const row of result.scanner)
        expect(Number.isFinite(row.runs[0]?.ms), `${row.page} ${row.contender}`).toBe(true);
      expect(new Set(result.pages.idle.map((row) => row.contender))).toEqual(new Set(['none', 'floor', 'medglance']));
      for (const row of result.pages.idle)
        expect(Number.isFinite(row.runs[0]?.scriptMs), `${row.page} ${row.contender}`).toBe(true);
      for (const row of result.pages.highlights) {
        const [first] = row.runs;
        // Every mention was highlighted and the badge showed the count.
        expect(Number.isFinite(first?.allMs), row.page).toBe(true);
        expect(Number.isFinite(first?.badgeMs), row.page).toBe(true);
      }
      for (const row of result.pages.peer) expect(row.runs[0]?.marks).toBeGreaterThan(0);
      expect(result.pages.sizes.map((size) => size.role)).toEqual(['every frame', 'on first need']);
    },
  );
});
