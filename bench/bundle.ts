/** A bench entry (bench/in-page.ts) bundled for a page: one classic script with the content scripts' build-time data. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { contentDefines } from '../scripts/build-content.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `minify: false` keeps function names, for CPU profiles. */
export async function bundleForPage(entry: string, options: { minify: boolean }): Promise<string> {
  const output = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    // What the content scripts get at build time (the scanner runs in Chromium here).
    define: contentDefines('chrome'),
    build: {
      write: false,
      minify: options.minify,
      lib: { entry: `${ROOT}${entry}`, formats: ['iife'], name: 'medglanceBenchBundle' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('vite build returned no output');
  const chunk = result.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry} did not bundle`);
  return chunk.code;
}
