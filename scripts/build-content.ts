/**
 * What the content scripts get at build time (used by vite.config.ts, and by vitest.config.ts
 * for the unit tests):
 * - the matcher's data, built once from the bundled drugs instead of in every frame of every page,
 *   and the small part of it the watcher in every frame needs (the name check, content/watch.ts);
 * - the tooltip's own script (content/tooltip.js), which the background runs in a frame on its
 *   first need: one self-contained classic script, not web-accessible.
 */
import { build, type Plugin } from 'vite';
import { BUNDLED_DRUGS } from '../src/drugs/index.ts';
import { matcherData } from '../src/matcher/compile.ts';
import { nameCheckData } from '../src/matcher/name-check.ts';
import { TOOLTIP_SCRIPT } from '../src/messages.ts';

/**
 * `define` entries (content/globals.d.ts): the scanner reads __MEDGLANCE_MATCHER_DATA__, the
 * watcher __MEDGLANCE_NAME_CHECK_DATA__, the highlight rules (src/highlight/styles.ts)
 * __MEDGLANCE_HIGHLIGHT_STYLES_INHERIT__: Chromium's ::highlight() styles inherit along the
 * element tree, Firefox's (153) do not.
 */
export function contentDefines(target: 'chrome' | 'firefox' = 'chrome'): Record<string, string> {
  const data = matcherData(BUNDLED_DRUGS);
  return {
    __MEDGLANCE_MATCHER_DATA__: JSON.stringify(data),
    __MEDGLANCE_NAME_CHECK_DATA__: JSON.stringify(nameCheckData(data)),
    __MEDGLANCE_HIGHLIGHT_STYLES_INHERIT__: JSON.stringify(target === 'chrome'),
  };
}

export function tooltipScript(root: string): Plugin {
  return {
    name: 'medglance-tooltip-script',
    apply: 'build',
    async generateBundle(_options, _bundle) {
      const output = await build({
        root,
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          target: 'es2022',
          lib: { entry: `${root}/content/tooltip-entry.ts`, formats: ['iife'], name: 'medglanceTooltip' },
        },
      });
      const result = Array.isArray(output) ? output[0] : output;
      const chunk = result && 'output' in result ? result.output.find((item) => item.type === 'chunk') : undefined;
      if (!chunk || chunk.type !== 'chunk') throw new Error('The tooltip script did not build');
      this.emitFile({ type: 'asset', fileName: TOOLTIP_SCRIPT, source: chunk.code });
    },
  };
}
