import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for-target.ts';
import { contentDefines, tooltipScript } from './scripts/build-content.ts';

// The shipped bundles are the same whatever NODE_ENV the shell has: vite makes a development build
// under NODE_ENV=development (and vitest sets NODE_ENV=test), and AMO's reviewers rebuild the
// Firefox bundle byte for byte. Set before vite reads it (after loading this file).
process.env.NODE_ENV = 'production';

const target = (process.env.MEDGLANCE_TARGET ?? 'chrome') as Target;
if (target !== 'chrome' && target !== 'firefox') {
  throw new Error(`MEDGLANCE_TARGET must be "chrome" or "firefox", got "${target}"`);
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      // package.json holds the one version number; manifest.json has none of its own.
      manifest: manifestFor({ ...sourceManifest, version: packageJson.version }, target) as never,
      browser: target,
      contentScripts: { standaloneFiles: ['content/index.ts', 'content/watch.ts'] },
    }),
    tooltipScript(import.meta.dirname),
  ],
  // The matcher's patterns, made once here rather than in every frame (crxjs passes `define`
  // on to the content script's own build).
  define: contentDefines(target),
  build: {
    // MEDGLANCE_OUT_DIR lets parallel test runs build into a private folder.
    outDir: process.env.MEDGLANCE_OUT_DIR ?? `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // Extension code is read by reviewers: keep it readable but small.
    minify: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        options: 'popup/options.html',
        reference: 'popup/reference.html',
        panel: 'popup/panel.html',
      },
    },
  },
  server: { strictPort: true },
});
