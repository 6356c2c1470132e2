import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers against the built extension: one file at a time, generous timeouts.
export default defineConfig({
  // Tests that import components (to reuse their limits, say) load the typed catalogue WXT generates.
  resolve: { alias: { '#i18n': resolve(import.meta.dirname, '.wxt/i18n/index.ts') } },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
