import { defineConfig } from 'vitest/config';

// The CLI tests start Node processes; on a shared two-core machine one can take longer
// than vitest's default 5 s without anything being wrong.
export default defineConfig({ test: { testTimeout: 30_000 } });
