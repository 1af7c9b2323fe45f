/**
 * popup/ and content/ meet only through src/: neither imports a file of the other, directly or
 * through a chain of imports (a src/ file that reached into popup/ or content/ would also break it).
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every relative module a file imports (static, type-only, re-exports and dynamic import()). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const found: string[] = [];
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = resolve(dirname(file), fileName.replace(/\?.*$/, ''));
    const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
    const hit = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (hit) found.push(hit);
  }
  return found;
}

function area(file: string): string {
  return relative(ROOT, file).split(/[\\/]/)[0] ?? '';
}

/** The files reachable from `start` (itself included), following relative imports. */
function reachable(start: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

function crossings(from: 'popup' | 'content', forbidden: 'popup' | 'content'): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(join(ROOT, from))) {
    for (const [reached, chain] of reachable(file)) {
      if (area(reached) === forbidden) {
        problems.push(chain.map((step) => relative(ROOT, step)).join(' -> '));
        break;
      }
    }
  }
  return problems;
}

describe('popup/ and content/ meet only through src/', () => {
  it('finds imports at all (the graph reader works)', () => {
    const imports = importsOf(join(ROOT, 'popup/settings/HighlightPreview.tsx')).map((f) => relative(ROOT, f));
    expect(imports).toContain(join('src', 'highlight', 'styles.ts'));
    expect(sourceFiles(join(ROOT, 'content')).length).toBeGreaterThan(10);
  });

  it('nothing in popup/ imports from content/', () => {
    expect(crossings('popup', 'content')).toEqual([]);
  });

  it('nothing in content/ imports from popup/', () => {
    expect(crossings('content', 'popup')).toEqual([]);
  });
});
