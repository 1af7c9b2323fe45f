import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { contentDefines } from './scripts/build-content.ts';

export default defineConfig({
  plugins: [preact()],
  define: contentDefines(),
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    // Unmounts rendered trees and runs preact's pending effects before each test ends (see the file).
    setupFiles: ['test/unit/setup/preact-after-paint.ts'],
    // A guard against hangs, not a speed limit: the largest tests need about a second of CPU, and on
    // the shared two-core machine (load 15 seen) a process can get a tenth of a core. Hooks build and
    // tear down large documents too.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
