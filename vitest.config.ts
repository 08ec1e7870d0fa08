import { defineConfig } from 'vitest/config';

// Unit tests. Several run the content CLI as a child process, which takes seconds on a busy
// shared machine: the default 5 s timeout would make them fail for reasons of load, not behaviour.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
