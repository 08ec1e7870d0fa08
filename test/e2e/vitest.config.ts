import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's) against the built site in dist/ (npm run build first).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/serve-dist.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
