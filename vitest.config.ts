import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'out/**', 'e2e/**', 'data/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
