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
import { firefoxExtensionDir } from './harness/firefox';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'medglance-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface BenchJson {
  scanner: { page: string; contender: string; runs: { ms: number }[] }[];
  pages: {
    idle: {
      page: string;
      contender: string;
      runs: { scriptMs: number; scriptDurationMs: number; heapMiB: number }[];
    }[];
    highlights: { page: string; mentions: number; runs: { firstMs: number; allMs: number; badgeMs: number }[] }[];
    peer: { page: string; runs: { allMs: number; paintedMs: number; marks: number }[] }[];
    appended: { page: string; runs: number[]; alone: number[] }[];
    sizes: { file: string; bytes: number; role: string }[];
  };
  firefox: {
    highlights: { page: string; runs: { firstMs: number; allMs: number }[] }[];
    peer: { page: string; runs: { paintedMs: number }[] }[];
    sizes: { file: string; bytes: number; role: string }[];
  };
}

describe('npm run bench', () => {
  it(
    'runs small and reports every row: scanner, idle cost beside the floor, highlight and badge times, an appended mention, sizes, and Firefox',
    { timeout: 420_000 },
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
          MEDGLANCE_BENCH_FIREFOX_EXTENSION: firefoxExtensionDir(),
        },
        maxBuffer: 16 * 1024 * 1024,
      });
      expect(stdout).toMatch(/x floor/);
      expect(stdout).toMatch(/Sum of extra script/);
      expect(stdout).toMatch(/The same by CDP ScriptDuration/);
      const result = JSON.parse(readFileSync(json, 'utf8')) as BenchJson;
      expect(result.scanner.length).toBeGreaterThanOrEqual(16);
      for (const row of result.scanner)
        expect(Number.isFinite(row.runs[0]?.ms), `${row.page} ${row.contender}`).toBe(true);
      expect(new Set(result.pages.idle.map((row) => row.contender))).toEqual(
        new Set(['none', 'floor', 'floorShadows', 'medglance']),
      );
      for (const row of result.pages.idle) {
        expect(Number.isFinite(row.runs[0]?.scriptMs), `${row.page} ${row.contender}`).toBe(true);
        expect(Number.isFinite(row.runs[0]?.scriptDurationMs), `${row.page} ${row.contender}`).toBe(true);
        // The trace sees the content scripts' work, promise jobs included.
        if (row.contender === 'medglance') expect(row.runs[0]?.scriptMs, row.page).toBeGreaterThan(0);
      }
      for (const row of result.pages.highlights) {
        const [first] = row.runs;
        // Every mention was highlighted and the badge showed the count.
        expect(Number.isFinite(first?.allMs), row.page).toBe(true);
        expect(Number.isFinite(first?.badgeMs), row.page).toBe(true);
      }
      for (const row of result.pages.peer) {
        expect(row.runs[0]?.marks).toBeGreaterThan(0);
        expect(Number.isFinite(row.runs[0]?.paintedMs), row.page).toBe(true);
      }
      expect(result.pages.appended.map((row) => row.page)).toEqual(['article', 'big-article']);
      for (const row of result.pages.appended) {
        expect(Number.isFinite(row.runs[0]), row.page).toBe(true);
        expect(Number.isFinite(row.alone[0]), row.page).toBe(true);
      }
      expect(stdout).toMatch(/One mention appended/);
      expect(result.pages.sizes.map((size) => size.role)).toEqual([
        'top frame and frames with a name',
        'every frame',
        'on first need',
      ]);
      // Firefox: every mention highlighted, mark.js shown, the three scripts' sizes.
      expect(stdout).toMatch(/MedGlance in Firefox/);
      expect(result.firefox.highlights.map((row) => row.page)).toEqual(['big-article', 'many-nodes']);
      for (const row of result.firefox.highlights) expect(Number.isFinite(row.runs[0]?.allMs), row.page).toBe(true);
      for (const row of result.firefox.peer) expect(Number.isFinite(row.runs[0]?.paintedMs), row.page).toBe(true);
      expect(result.firefox.sizes.map((size) => size.role)).toEqual([
        'top frame and frames with a name',
        'every frame',
        'on first need',
      ]);
    },
  );
});
