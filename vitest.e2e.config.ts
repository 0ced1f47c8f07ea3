import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium against the built extension (`npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
