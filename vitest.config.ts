import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    // Unmounts rendered trees and runs preact's pending effects before each test ends (see the file).
    setupFiles: ['test/unit/setup/preact-after-paint.ts'],
    testTimeout: 20_000,
    // Hooks build and tear down large documents too: the same allowance as tests on a busy machine.
    hookTimeout: 20_000,
  },
});
