import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { contentDefines } from './scripts/build-content.ts';

export default defineConfig({
  plugins: [preact()],
  define: contentDefines(),
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    testTimeout: 20_000,
  },
});
