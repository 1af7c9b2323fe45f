/**
 * `npm run package`: builds both targets, then writes what the stores take into <dist>/packages/:
 * - medglance-chrome-<version>.zip and medglance-firefox-<version>.zip: each build with its
 *   manifest at the zip's root;
 * - medglance-source-<version>.zip: the tracked sources (`git ls-files`) and BUILDING.md, the
 *   source archive addons.mozilla.org asks for because the bundles are minified.
 * The zips are deterministic (sorted entries, one fixed time, fixed attributes), and so is the
 * build: building the unpacked source zip with the README's commands gives the Firefox zip's files
 * byte for byte (test/e2e/store-packages.test.ts checks it).
 *
 * MEDGLANCE_DIST=/some/dir builds into that folder and packages from it. `--no-build` packages
 * the builds already there. Outside a git checkout (in an unpacked source zip) only the two
 * browser zips are written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

export const TARGETS = ['chrome', 'firefox'] as const;

/** Folders never put into the source zip, even if someone tracks them by mistake. */
const NOT_SOURCE = ['node_modules/', 'dist/'];

/**
 * Every entry gets this time. fflate writes DOS time fields from the Date's local-time getters,
 * so a Date built from local fields writes the same bytes in every time zone.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;
const REGULAR_FILE = 0o100000;

export interface PackageFile {
  /** Path inside the zip, with forward slashes. */
  path: string;
  data: Uint8Array;
  executable?: boolean;
}

/** A zip whose bytes depend only on the files' paths, contents and executable bits. */
export function deterministicZip(files: PackageFile[]): Uint8Array {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries: Zippable = {};
  for (const file of sorted) {
    const mode = REGULAR_FILE | (file.executable ? 0o755 : 0o644);
    entries[file.path] = [file.data, { level: 9, mtime: FIXED_TIME, os: UNIX, attrs: (mode << 16) >>> 0 }];
  }
  return zipSync(entries);
}

/** Every file under `dir`, paths relative to it with forward slashes. */
export function filesOf(dir: string): PackageFile[] {
  const files: PackageFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ path: relative(dir, full).split(sep).join('/'), data: readFileSync(full) });
    }
  };
  walk(dir);
  return files;
}

/** The tracked files of the checkout at `root` (as they are on disk), without node_modules or dist. */
export function sourceFiles(root: string): PackageFile[] {
  // `git ls-files -s -z`: "<mode> <object> <stage>\t<path>\0" for each tracked file.
  const listing = execFileSync('git', ['ls-files', '-s', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const files: PackageFile[] = [];
  for (const record of listing.split('\0')) {
    if (!record) continue;
    const [info = '', path = ''] = record.split('\t');
    const [mode] = info.split(' ');
    if (mode === '160000' || NOT_SOURCE.some((folder) => path.startsWith(folder))) continue;
    const full = join(root, path);
    // A tracked file deleted in the work tree is not part of what gets built.
    if (!statSync(full, { throwIfNoEntry: false })?.isFile()) continue;
    files.push({ path, data: readFileSync(full), executable: mode === '100755' });
  }
  return files;
}

/** The note at the source zip's root: how to get the shipped bundles back from these sources. */
export function buildingNote(version: string): string {
  return `# Building MedGlance ${version} from this source archive

Needs Node 20.19 or newer (these packages were built with Node ${process.versions.node}) and npm, on
Linux, macOS or Windows. The README's commands, in this folder:

    npm ci
    npm run build

\`dist/firefox/\` then holds, byte for byte, the files of medglance-firefox-${version}.zip (and
\`dist/chrome/\` those of medglance-chrome-${version}.zip). \`npm run package\` writes the same zips
again into \`dist/packages/\`, byte for byte.

The bundles are made by vite (minified JavaScript, no source maps) from the TypeScript sources in
\`src/\`, \`content/\` and \`popup/\`; \`manifest.json\` is the source of both manifests
(\`scripts/manifest-for-target.ts\` derives Firefox's, \`package.json\` gives the version).
`;
}

export interface Packages {
  chrome: string;
  firefox: string;
  /** Undefined outside a git checkout (an unpacked source zip): no list of tracked files there. */
  source?: string;
}

function isGitCheckout(root: string): boolean {
  try {
    return (
      execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim() ===
      realpathSync(root)
    );
  } catch {
    return false;
  }
}

export function packageNames(version: string): { chrome: string; firefox: string; source: string } {
  return {
    chrome: `medglance-chrome-${version}.zip`,
    firefox: `medglance-firefox-${version}.zip`,
    source: `medglance-source-${version}.zip`,
  };
}

export function versionOf(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Writes the three zips into `out` from the builds in `dist` and the sources of `root`; returns their paths. */
export function writePackages({ root, dist, out }: { root: string; dist: string; out: string }): Packages {
  const version = versionOf(root);
  const names = packageNames(version);
  mkdirSync(out, { recursive: true });
  const paths = {} as Packages;
  for (const target of TARGETS) {
    const manifest = JSON.parse(readFileSync(join(dist, target, 'manifest.json'), 'utf8')) as { version?: string };
    if (manifest.version !== version) {
      throw new Error(`${dist}/${target} is version ${manifest.version}, package.json says ${version}: rebuild`);
    }
    paths[target] = join(out, names[target]);
    writeFileSync(paths[target], deterministicZip(filesOf(join(dist, target))));
  }
  if (isGitCheckout(root)) {
    const note = { path: 'BUILDING.md', data: new TextEncoder().encode(buildingNote(version)) };
    paths.source = join(out, names.source);
    writeFileSync(paths.source, deterministicZip([...sourceFiles(root), note]));
  }
  return paths;
}

function main() {
  const root = resolve(import.meta.dirname, '..');
  const dist = resolve(root, process.env.MEDGLANCE_DIST ?? 'dist');
  if (!process.argv.includes('--no-build')) {
    for (const target of TARGETS) {
      execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, MEDGLANCE_TARGET: target, MEDGLANCE_OUT_DIR: join(dist, target) },
      });
    }
  }
  const packages = writePackages({ root, dist, out: join(dist, 'packages') });
  for (const path of Object.values(packages)) {
    console.log(`${relative(process.cwd(), path)}  ${(statSync(path).size / 1024).toFixed(0)} kB`);
  }
  if (!packages.source) console.log('Not a git checkout: no source zip (it lists the tracked files).');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
