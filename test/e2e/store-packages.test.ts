/**
 * `npm run package` (scripts/package.ts): the zips the Chrome Web Store and addons.mozilla.org take,
 * and the source zip AMO's reviewers rebuild the Firefox bundle from. Packages the build under test
 * (MEDGLANCE_DIST or dist/) and this checkout's tracked files into a temporary folder.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deterministicZip,
  filesOf,
  packageNames,
  versionOf,
  writePackages,
  type Packages,
  type PackageFile,
} from '../../scripts/package';
import { distDir } from './harness/session';

const root = resolve(import.meta.dirname, '../..');
const version = versionOf(root);
const run = promisify(execFile);

let work: string;
let packages: Packages;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'medglance-packages-'));
  packages = writePackages({ root, dist: distDir(), out: join(work, 'packages') });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The zip's entries, in the order they are stored. */
function entriesOf(zip: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(zip))));
}

function unpack(zip: string, into: string): string {
  for (const [path, data] of entriesOf(zip)) {
    mkdirSync(dirname(join(into, path)), { recursive: true });
    writeFileSync(join(into, path), data);
  }
  return into;
}

function asMap(files: PackageFile[]): Map<string, Buffer> {
  return new Map(files.map((file) => [file.path, Buffer.from(file.data)]));
}

function sameBytes(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>) {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([path, data]) => !Buffer.from(data).equals(Buffer.from(b.get(path) ?? [])));
  expect(differing.map(([path]) => path)).toEqual([]);
}

it("writes the Chrome, Firefox and source zips, named with package.json's version", () => {
  const names = packageNames(version);
  expect(basename(packages.chrome)).toBe(names.chrome);
  expect(basename(packages.firefox)).toBe(names.firefox);
  expect(basename(packages.source ?? '')).toBe(names.source);
  expect(names.firefox).toBe(`medglance-firefox-${version}.zip`);
});

describe.each(['chrome', 'firefox'] as const)('the %s zip', (target) => {
  it('holds the build byte for byte, manifest at the root, with package.json’s version', () => {
    const entries = entriesOf(packages[target]);
    sameBytes(entries, asMap(filesOf(join(distDir(), target))));
    const manifest = JSON.parse(Buffer.from(entries.get('manifest.json') ?? []).toString('utf8')) as {
      version?: string;
      manifest_version?: number;
    };
    expect(manifest).toMatchObject({ manifest_version: 3, version });
  });

  it('stores its entries sorted, and comes out the same bytes when packaged again', () => {
    const paths = [...entriesOf(packages[target]).keys()];
    expect(paths).toEqual([...paths].sort());
    const again = writePackages({ root, dist: distDir(), out: join(work, 'again') });
    expect(readFileSync(again[target]).equals(readFileSync(packages[target]))).toBe(true);
  });
});

describe('the source zip', () => {
  it('holds every tracked file as it is in the checkout, nothing from node_modules or dist, and BUILDING.md', () => {
    const entries = entriesOf(packages.source ?? '');
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    expect([...entries.keys()].sort()).toEqual([...tracked, 'BUILDING.md'].sort());
    expect([...entries.keys()].filter((path) => /^(node_modules|dist)\//.test(path))).toEqual([]);
    for (const path of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts']) {
      expect(Buffer.from(entries.get(path) ?? []).equals(readFileSync(join(root, path))), path).toBe(true);
    }
  });

  it("tells how to build with the README's commands", () => {
    const note = Buffer.from(entriesOf(packages.source ?? '').get('BUILDING.md') ?? []).toString('utf8');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm run build');
    expect(note).toMatch(/npm ci\s+npm run build/);
    expect(note).toContain(`medglance-firefox-${version}.zip`);
  });

  it('builds, unpacked elsewhere, into the Firefox zip byte for byte', async () => {
    const source = unpack(packages.source ?? '', join(work, 'source'));
    // `npm ci` would install package-lock.json's versions: the checkout's node_modules are those.
    // (README, "Store packages", shows the full check with a fresh `npm ci`.)
    symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir');
    // Run as vitest runs it, with NODE_ENV=test: the build must not depend on it.
    const env = { ...process.env };
    delete env.MEDGLANCE_OUT_DIR;
    await run('npm', ['run', 'build:firefox', '--silent'], { cwd: source, env, maxBuffer: 16 << 20 });
    const rebuilt = filesOf(join(source, 'dist/firefox'));
    sameBytes(asMap(rebuilt), entriesOf(packages.firefox));
    // Fresh files, another folder, the same zip.
    expect(Buffer.from(deterministicZip(rebuilt)).equals(readFileSync(packages.firefox))).toBe(true);
  }, 120_000);
});

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('the Firefox zip under web-ext lint (the checks addons.mozilla.org runs)', () => {
  it('has no errors, and no warnings but the one Preact ships', async () => {
    const unpacked = unpack(packages.firefox, join(work, 'firefox'));
    const bin = join(root, 'node_modules/web-ext/bin/web-ext.js');
    const { stdout } = await run(
      process.execPath,
      [bin, 'lint', '--source-dir', unpacked, '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    const brief = (list: LintMessage[]) => list.map(({ code, message, file }) => `${code} ${file ?? ''}: ${message}`);
    expect(brief(report.errors)).toEqual([]);
    // Preact's renderer supports dangerouslySetInnerHTML (never used here) with one innerHTML
    // assignment, in the popup's bundle only; the content script has none.
    const unexpected = report.warnings.filter(
      (warning) => !(warning.code === 'UNSAFE_VAR_ASSIGNMENT' && /^assets\/popup-[\w-]+\.js$/.test(warning.file ?? '')),
    );
    expect(brief(unexpected)).toEqual([]);
    expect(brief(report.notices)).toEqual([]);
  }, 60_000);
});
