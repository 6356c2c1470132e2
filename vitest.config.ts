import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/indexed-db.ts', 'tests/setup/i18n.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
