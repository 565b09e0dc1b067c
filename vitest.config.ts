import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: plain Node for shared/ and the core, jsdom for renderer components, and the
// end-to-end test that drives the built renderer in Debian's Chromium over the real handlers.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts'],
          // The team backend's tests need a PostgreSQL server (test/helpers/postgresGlobalSetup.ts).
          globalSetup: ['test/helpers/postgresGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/buildRenderer.ts', 'test/helpers/postgresGlobalSetup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
